/*
 * symtable.c -- CPython 3.11's symbol table pass over krait's AST.
 *
 * See symtable.h for what the tables hold and why they must match CPython
 * bit for bit.  This file has four parts, in pipeline order:
 *
 *   - the __future__ scan (CPython's future.c): it decides whether
 *     annotations are evaluated, and raises its own SyntaxErrors;
 *   - pass 1, the AST walk: blocks, raw flags, parameters, directives, and
 *     the errors that need only what has been seen so far.  The visiting
 *     order is CPython's, field by field, because it is observable: it fixes
 *     the order of children (and so of nested code objects) and which of
 *     two errors is reported;
 *   - pass 2, the analysis: scopes resolved top-down with NameSets of the
 *     names bound / declared global by enclosing blocks, free variables
 *     collected bottom-up (see analyze_block);
 *   - the lookup API for the compiler, and the canonical dump.
 *
 * The rules pass 2 implements, with the cases that make them subtle:
 *
 *   def f():             f: x is LOCAL, then CELL (g reads it)
 *       x = 1            g: x is FREE; y is GLOBAL_IMPLICIT
 *       def g():
 *           return x, y
 *
 *   - A name bound in a function (assignment, parameter, import, def,
 *     for/with/except target, walrus, match capture) is local to it unless
 *     declared global or nonlocal there.  A name only read is resolved
 *     outward: FREE if some enclosing *function* binds it, else global.
 *   - Class bodies bind names in a namespace their methods cannot see: the
 *     analysis of a class's children starts from what the class itself
 *     could see, not from the class's names.  The one exception is the
 *     implicit `__class__`, which methods (and `super()`) reach as a free
 *     variable; the class then creates the cell (needs_class_closure).
 *   - A function that merely passes a free name through to an inner
 *     function gets it as FREE as well (update_symbols): each closure level
 *     copies the cell from its own closure.
 *   - Comprehensions are functions in 3.11: their iteration variables are
 *     local to them, the first iterable is evaluated outside (so it may not
 *     use the comprehension's names), and a walrus target inside binds in
 *     the nearest enclosing function or module -- the comprehension blocks
 *     in between get an implicit nonlocal (or global) declaration.
 *   - `global x` in any block also marks x in the module's table, and
 *     hides x from the bound set that nested blocks see.
 *
 * Errors come in the order CPython finds them: every error of pass 1 (in
 * source order, first one wins), then those of pass 2, found block by
 * block in tree order and name by name in first-mention order.  That is
 * why blocks keep their symbols in insertion order, like CPython's dicts.
 *
 * Memory: tables live in the caller's arena; the NameSets of pass 2 are
 * temporary and malloc'd (and freed on every path).  Recursion is bounded
 * like CPython's (SYM_MAX_DEPTH, RecursionError), so a deep AST cannot
 * exhaust the C stack.
 */
#include "compile/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CPython allows recursion_limit * COMPILER_STACK_FRAME_SCALE (1000 * 3)
 * nested statement/expression/pattern visits before a RecursionError. */
#define SYM_MAX_DEPTH 3000

#define LEN(seq) ((seq) ? (seq)->n : 0)
#define TRY(x) do { if (!(x)) return false; } while (0)

/* CPython's code flags, as kr_sym_code_flags reports them. */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80,
    CO_ASYNC_GENERATOR = 0x200,
};

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;       /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Block lookup is keyed by AST node address; nodes are 16-byte aligned
 * arena memory, so the low bits carry nothing: mix before masking. */
static uint32_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9e3779b97f4a7c15ull;
    return (uint32_t)(x >> 32);
}

/* ---------------------------------------------------------------------- */
/* Growable arena arrays                                                   */

/* Grow *items (of *cap elements of size sz) so one more fits.  The old
 * array stays in the arena: blocks are few and small, so the waste is
 * bounded by the final size. */
static void grow(Arena *arena, void **items, int *cap, int n, size_t sz)
{
    if (n < *cap)
        return;
    int ncap = *cap ? *cap * 2 : 4;
    void *fresh = kr_arena_alloc(arena, (size_t)ncap * sz);
    if (n)
        memcpy(fresh, *items, (size_t)n * sz);
    *items = fresh;
    *cap = ncap;
}

#define PUSH(arena, arr, n, cap, val) do {                                   \
        grow((arena), (void **)&(arr), &(cap), (n), sizeof *(arr));           \
        (arr)[(n)++] = (val);                                                 \
    } while (0)

/* ---------------------------------------------------------------------- */
/* Per-block symbol tables: insertion order plus a hash index              */
/*
 * A block's symbols live in an array in first-mention order (the order
 * CPython's dict iterates, which decides which of two analysis errors is
 * reported and the order free names are found), and an open-addressing
 * index of int positions (0 = empty slot) finds them by name.  Names are
 * compared with strcmp: the parser does not intern identifiers.  The index
 * is kept at most half full, so probes stay short.
 */

/* The index slot holding name, or the empty slot where it would go;
 * -1 while the block has no index yet (no symbols). */
static int sym_slot(const SymBlock *b, const char *name)
{
    if (!b->indexcap)
        return -1;
    uint32_t mask = (uint32_t)b->indexcap - 1;
    for (uint32_t i = hash_str(name) & mask;; i = (i + 1) & mask) {
        int pos = b->index[i];
        if (pos == 0 || strcmp(b->syms[pos - 1].name, name) == 0)
            return (int)i;
    }
}

static void sym_reindex(Arena *arena, SymBlock *b)
{
    int cap = b->indexcap ? b->indexcap * 2 : 16;
    b->index = kr_arena_alloc(arena, (size_t)cap * sizeof *b->index);
    b->indexcap = cap;
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < b->nsyms; k++) {
        uint32_t i = hash_str(b->syms[k].name) & mask;
        while (b->index[i])
            i = (i + 1) & mask;
        b->index[i] = k + 1;
    }
}

const Symbol *kr_sym_lookup(const SymBlock *b, const char *name)
{
    int slot = sym_slot(b, name);
    if (slot < 0 || !b->index[slot])
        return NULL;
    return &b->syms[b->index[slot] - 1];
}

/* The symbol for name in b, created with no flags if absent. */
static Symbol *sym_get(Arena *arena, SymBlock *b, const char *name)
{
    Symbol *s = (Symbol *)kr_sym_lookup(b, name);
    if (s)
        return s;
    if ((b->nsyms + 1) * 2 > b->indexcap)
        sym_reindex(arena, b);
    PUSH(arena, b->syms, b->nsyms, b->symcap, ((Symbol){ name, 0, SCOPE_NONE }));
    b->index[sym_slot(b, name)] = b->nsyms;
    return &b->syms[b->nsyms - 1];
}

/* Raw flags of name in b, 0 when absent: CPython's _PyST_GetSymbol. */
static int sym_flags(const SymBlock *b, const char *name)
{
    const Symbol *s = kr_sym_lookup(b, name);
    return s ? s->flags : 0;
}

SymScope kr_sym_scope(const SymBlock *b, const char *name)
{
    const Symbol *s = kr_sym_lookup(b, name);
    return s ? s->scope : SCOPE_NONE;
}

/* ---------------------------------------------------------------------- */
/* Name mangling                                                          */

const char *kr_sym_mangle(Arena *arena, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    /* __dunder__ names and dotted (import) names are left alone */
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;         /* a class named only with underscores */
    size_t p = strlen(private_name);
    char *m = kr_arena_alloc(arena, 1 + p + n + 1);
    m[0] = '_';
    memcpy(m + 1, private_name, p);
    memcpy(m + 1 + p, name, n + 1);
    return m;
}

/* ---------------------------------------------------------------------- */
/* The builder (pass 1 state) and errors                                   */

typedef struct Builder {
    Arena *arena;
    SymTable *st;
    const char *filename;
    const char *src;
    size_t len;
    SymBlock *cur;
    SymBlock **stack;          /* enclosing blocks, innermost last */
    int nstack, stackcap;
    const char *private_name;  /* innermost class name, for mangling */
    int depth;
    SymResult *res;            /* where errors go */
} Builder;

/* Strict UTF-8 (no surrogates, no overlongs), as PyUnicode_FromString. */
static bool valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                                  : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || i + len > n || (len == 2 && c < 0xC2))
            return false;
        uint32_t cp = len == 1 ? c : c & (0x7F >> len);
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

/* The `text` CPython attaches to a symbol table error: line lineno of the
 * file, re-read with universal newlines into a 1000-byte buffer
 * (errors.c's err_programtext).  Hence the quirks kept here: a line longer
 * than 999 bytes shows only its last 999-byte chunk, and a line that is not
 * valid UTF-8 (a file in another encoding) shows no text at all. */
static const char *source_line(Arena *arena, const char *src, size_t len, int lineno)
{
    if (!src || lineno < 1)
        return NULL;
    size_t i = 0;
    for (int line = 1; line < lineno; line++) {
        while (i < len && src[i] != '\n' && src[i] != '\r')
            i++;
        if (i >= len)
            return NULL;
        i += src[i] == '\r' && i + 1 < len && src[i + 1] == '\n' ? 2 : 1;
    }
    if (i >= len)
        return NULL;
    size_t end = i;
    while (end < len && src[end] != '\n' && src[end] != '\r')
        end++;
    bool has_nl = end < len;
    size_t n = end - i + has_nl;               /* the line as fgets sees it */
    size_t chunk = (n - 1) / 999 * 999;        /* start of its last chunk */
    size_t body = end - i - (chunk < end - i ? chunk : end - i);
    if (!valid_utf8((const unsigned char *)src + i + chunk, body))
        return NULL;
    char *text = kr_arena_alloc(arena, body + 2);
    memcpy(text, src + i + chunk, body);
    if (has_nl)
        text[body] = '\n';
    return text;
}

/* Record a SyntaxError at AST position (lineno, col..end_col), 0-based byte
 * columns.  CPython adds 1 to the byte columns and reports them as offsets
 * without converting to characters (PyErr_RangedSyntaxLocationObject), so
 * krait does the same: the caret lands where CPython's lands. */
static bool KR_PRINTF(7, 8) error_at(Builder *b, int lineno, int col, int end_lineno,
                                     int end_col, bool ranged, const char *fmt, ...)
{
    if (b->res->error != SYMERR_NONE)
        return false;
    Buf msg;
    kr_buf_init(&msg);
    va_list ap;
    va_start(ap, fmt);
    char small[512];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small) {
        if (!kr_buf_reserve(&msg, (size_t)n + 1))
            kr_fatal("out of memory formatting a syntax error");
        va_start(ap, fmt);
        vsnprintf(msg.data, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg.len = (size_t)n;
    } else {
        kr_buf_write(&msg, small, (size_t)n);
    }
    SyntaxErr *e = &b->res->err;
    b->res->error = SYMERR_SYNTAX;
    e->kind = SYNERR_SYNTAX;
    e->msg = kr_arena_strndup(b->arena, msg.data ? msg.data : "", msg.len);
    kr_buf_free(&msg);
    e->lineno = lineno;
    e->offset = col + 1;
    e->end_lineno = ranged ? end_lineno : lineno;
    e->end_offset = ranged ? end_col + 1 : 0;
    e->text = source_line(b->arena, b->src, b->len, lineno);
    return false;
}

#define ERR_EXPR(b, e, ...) \
    error_at((b), (e)->lineno, (e)->col_offset, (e)->end_lineno, (e)->end_col_offset, true, \
             __VA_ARGS__)

/* CPython raises RecursionError (not SyntaxError) for too deep an AST; the
 * caller prints it without a location. */
static bool recursion_error(Builder *b)
{
    if (b->res->error == SYMERR_NONE)
        b->res->error = SYMERR_RECURSION;
    return false;
}

/* Position of a node, passed to add_def for error reports. */
typedef struct Loc { int lineno, col_offset, end_lineno, end_col_offset; } Loc;
#define LOC(n) ((Loc){ (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset })

/* ---------------------------------------------------------------------- */
/* Blocks                                                                  */

/* Record blk in the node -> block map the compiler uses to find each
 * scope again (open addressing, at most half full). */
static void register_block(Arena *arena, SymTable *st, SymBlock *blk)
{
    if ((st->nblocks + 1) * 2 > st->blockcap) {
        int cap = st->blockcap ? st->blockcap * 2 : 64;
        SymBlock **fresh = kr_arena_alloc(arena, (size_t)cap * sizeof *fresh);
        for (int i = 0; i < st->blockcap; i++) {
            SymBlock *old = st->blocks[i];
            if (!old)
                continue;
            uint32_t j = hash_ptr(old->node) & (uint32_t)(cap - 1);
            while (fresh[j])
                j = (j + 1) & (uint32_t)(cap - 1);
            fresh[j] = old;
        }
        st->blocks = fresh;
        st->blockcap = cap;
    }
    uint32_t mask = (uint32_t)st->blockcap - 1;
    uint32_t j = hash_ptr(blk->node) & mask;
    while (st->blocks[j])
        j = (j + 1) & mask;
    st->blocks[j] = blk;
    st->nblocks++;
}

SymBlock *kr_sym_block_of(const SymTable *st, const void *node)
{
    if (!st->blockcap)
        return NULL;
    uint32_t mask = (uint32_t)st->blockcap - 1;
    for (uint32_t j = hash_ptr(node) & mask; st->blocks[j]; j = (j + 1) & mask)
        if (st->blocks[j]->node == node)
            return st->blocks[j];
    return NULL;
}

/* Open a block, as CPython's symtable_enter_block: it is nested when its
 * parent is a function or nested itself, it inherits the parent's
 * "inside a comprehension iterable" state (bpo-37757: a walrus anywhere in
 * that expression is an error), and -- except annotation blocks -- it
 * becomes the parent's next child. */
static SymBlock *enter_block(Builder *b, const char *name, BlockType type, const void *node,
                             Loc loc)
{
    SymBlock *blk = kr_arena_alloc(b->arena, sizeof *blk);
    blk->type = type;
    blk->name = name;
    blk->node = node;
    blk->lineno = loc.lineno;
    blk->col_offset = loc.col_offset;
    blk->end_lineno = loc.end_lineno;
    blk->end_col_offset = loc.end_col_offset;
    SymBlock *prev = b->cur;
    blk->parent = prev;
    if (prev && (prev->nested || prev->type == BLOCK_FUNCTION))
        blk->nested = true;
    if (prev)
        blk->comp_iter_expr = prev->comp_iter_expr;
    if (type != BLOCK_ANNOTATION) {
        register_block(b->arena, b->st, blk);
        if (prev)
            PUSH(b->arena, prev->children, prev->nchildren, prev->childcap, blk);
    }
    PUSH(b->arena, b->stack, b->nstack, b->stackcap, blk);
    b->cur = blk;
    return blk;
}

/* Back to the enclosing block.  Error paths skip this on purpose: the
 * first error abandons the whole walk, so the stack is never reused. */
static void exit_block(Builder *b)
{
    b->nstack--;
    b->cur = b->nstack ? b->stack[b->nstack - 1] : NULL;
}

/* Add flag to name's facts in block blk (CPython's symtable_add_def_helper).
 * The name is mangled first.  Parameters are also appended to the block's
 * parameter list; a `global` declaration is also recorded in the module's
 * table, which is how module code learns of names only functions assign. */
static bool add_def_in(Builder *b, const char *name, int flag, SymBlock *blk, Loc loc)
{
    const char *mangled = kr_sym_mangle(b->arena, b->private_name, name);
    Symbol *s = sym_get(b->arena, blk, mangled);
    int val = s->flags;
    if ((flag & SYM_DEF_PARAM) && (val & SYM_DEF_PARAM))
        return error_at(b, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset, true,
                        "duplicate argument '%s' in function definition", name);
    val |= flag;
    if (blk->comp_iter_target) {
        /* an iteration variable that a walrus already bound outward */
        if (val & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))
            return error_at(b, loc.lineno, loc.col_offset, loc.end_lineno,
                            loc.end_col_offset, true,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", name);
        val |= SYM_DEF_COMP_ITER;
    }
    s->flags = val;
    if (flag & SYM_DEF_PARAM) {
        PUSH(b->arena, blk->params, blk->nparams, blk->paramcap, mangled);
    } else if (flag & SYM_DEF_GLOBAL) {
        Symbol *g = sym_get(b->arena, b->st->top, mangled);
        g->flags |= flag;
    }
    return true;
}

/* add_def_in for the current block: the common case. */
static bool add_def(Builder *b, const char *name, int flag, Loc loc)
{
    return add_def_in(b, name, flag, b->cur, loc);
}

/* Remember where a declaration of name was made in the current block, so
 * pass 2 can point its errors there (CPython's ste_directives). */
static void record_directive(Builder *b, const char *name, Loc loc)
{
    SymBlock *c = b->cur;
    SymDirective d = { kr_sym_mangle(b->arena, b->private_name, name), loc.lineno,
                       loc.col_offset, loc.end_lineno, loc.end_col_offset };
    PUSH(b->arena, c->directives, c->ndirectives, c->directivecap, d);
}

/* ---------------------------------------------------------------------- */
/* Pass 1: expressions                                                     */

static bool visit_expr(Builder *b, Expr *e);
static bool visit_stmt(Builder *b, Stmt *s);
static bool visit_stmts(Builder *b, StmtSeq *seq);

/* Visit every expression of seq; NULL items (dict `**` keys, missing
 * keyword-only defaults) are skipped. */
static bool visit_exprs(Builder *b, ExprSeq *seq)
{
    for (int i = 0; i < LEN(seq); i++)
        if (seq->items[i])
            TRY(visit_expr(b, seq->items[i]));
    return true;
}

/* Under `from __future__ import annotations` an annotation is never
 * evaluated, so expressions with effects on the enclosing scope are
 * refused: walrus, yield, await. */
static bool raise_if_annotation(Builder *b, const char *what, Expr *e)
{
    if (b->cur->type != BLOCK_ANNOTATION)
        return true;
    return ERR_EXPR(b, e, "'%s' can not be used within an annotation", what);
}

/* A comprehension is a hidden function: a yield there would make *it* the
 * generator, which is never what the user meant (an error since 3.8). */
static bool raise_yield_in_comprehension(Builder *b, Expr *e)
{
    static const char *const kinds[] = {
        [COMP_LIST] = "list comprehension", [COMP_SET] = "set comprehension",
        [COMP_DICT] = "dict comprehension", [COMP_GENEXP] = "generator expression",
    };
    return ERR_EXPR(b, e, "'yield' inside %s", kinds[b->cur->comprehension]);
}

/* Bind each parameter; a repeated name is "duplicate argument". */
static bool visit_params(Builder *b, ArgSeq *args)
{
    for (int i = 0; i < LEN(args); i++)
        TRY(add_def(b, args->items[i]->arg, SYM_DEF_PARAM, LOC(args->items[i])));
    return true;
}

/* Parameters in CPython's co_varnames order: positional-only, positional,
 * keyword-only, then *args and **kwargs. */
static bool visit_arguments(Builder *b, Arguments *a)
{
    TRY(visit_params(b, a->posonlyargs));
    TRY(visit_params(b, a->args));
    TRY(visit_params(b, a->kwonlyargs));
    if (a->vararg) {
        TRY(add_def(b, a->vararg->arg, SYM_DEF_PARAM, LOC(a->vararg)));
        b->cur->varargs = true;
    }
    if (a->kwarg) {
        TRY(add_def(b, a->kwarg->arg, SYM_DEF_PARAM, LOC(a->kwarg)));
        b->cur->varkeywords = true;
    }
    return true;
}

/* Defaults are evaluated where the lambda is defined, so they are visited
 * in the enclosing block, before the lambda's own block opens. */
static bool visit_lambda(Builder *b, Expr *e)
{
    Arguments *a = e->v.Lambda.args;
    TRY(visit_exprs(b, a->defaults));
    TRY(visit_exprs(b, a->kw_defaults));
    enter_block(b, "lambda", BLOCK_FUNCTION, e, LOC(e));
    TRY(visit_arguments(b, a));
    TRY(visit_expr(b, e->v.Lambda.body));
    exit_block(b);
    return true;
}

/* A walrus inside a comprehension binds in the nearest enclosing function
 * or module scope (PEP 572): the comprehension scopes in between get a
 * nonlocal (or global) declaration of the name, recorded as a directive
 * so analysis errors can point at it. */
static bool extend_namedexpr_scope(Builder *b, Expr *target)
{
    const char *name = target->v.Name.id;
    for (int i = b->nstack - 1; i >= 0; i--) {
        SymBlock *blk = b->stack[i];
        if (blk->comprehension) {
            if (sym_flags(blk, name) & SYM_DEF_COMP_ITER)
                return ERR_EXPR(b, target, "assignment expression cannot rebind "
                                "comprehension iteration variable '%s'", name);
            continue;
        }
        if (blk->type == BLOCK_FUNCTION) {
            int flag = (sym_flags(blk, name) & SYM_DEF_GLOBAL) ? SYM_DEF_GLOBAL
                                                                : SYM_DEF_NONLOCAL;
            TRY(add_def(b, name, flag, LOC(target)));
            record_directive(b, name, LOC(target));
            return add_def_in(b, name, SYM_DEF_LOCAL, blk, LOC(target));
        }
        if (blk->type == BLOCK_MODULE) {
            TRY(add_def(b, name, SYM_DEF_GLOBAL, LOC(target)));
            record_directive(b, name, LOC(target));
            return add_def_in(b, name, SYM_DEF_GLOBAL, blk, LOC(target));
        }
        if (blk->type == BLOCK_CLASS)
            return ERR_EXPR(b, target, "assignment expression within a comprehension "
                            "cannot be used in a class body");
    }
    kr_fatal("symtable: walrus target scope not found");
}

static bool visit_namedexpr(Builder *b, Expr *e)
{
    TRY(raise_if_annotation(b, "named expression", e));
    if (b->cur->comp_iter_expr > 0)
        return ERR_EXPR(b, e, "assignment expression cannot be used in a comprehension "
                        "iterable expression");
    if (b->cur->comprehension)
        TRY(extend_namedexpr_scope(b, e->v.NamedExpr.target));
    TRY(visit_expr(b, e->v.NamedExpr.value));
    return visit_expr(b, e->v.NamedExpr.target);
}

/* An inner `for` clause of a comprehension (the first one is special). */
static bool visit_comprehension(Builder *b, Comprehension *c)
{
    b->cur->comp_iter_target = true;
    TRY(visit_expr(b, c->target));
    b->cur->comp_iter_target = false;
    b->cur->comp_iter_expr++;
    TRY(visit_expr(b, c->iter));
    b->cur->comp_iter_expr--;
    TRY(visit_exprs(b, c->ifs));
    if (c->is_async)
        b->cur->coroutine = true;
    return true;
}

/* A comprehension is a function called with its outermost iterable: that
 * iterable is evaluated in the enclosing scope, and the function receives
 * it as the implicit parameter ".0".  The element is visited last (and a
 * dict comprehension's value before its key), as CPython does. */
static bool visit_comp_scope(Builder *b, Expr *e, const char *name, CompKind kind,
                             ComprehensionSeq *gens, Expr *elt, Expr *value)
{
    if (LEN(gens) == 0)
        kr_fatal("symtable: comprehension without generators");
    Comprehension *outer = gens->items[0];
    bool is_generator = kind == COMP_GENEXP;
    b->cur->comp_iter_expr++;
    TRY(visit_expr(b, outer->iter));
    b->cur->comp_iter_expr--;
    SymBlock *blk = enter_block(b, name, BLOCK_FUNCTION, e, LOC(e));
    blk->comprehension = kind;
    if (outer->is_async)
        blk->coroutine = true;
    TRY(add_def(b, ".0", SYM_DEF_PARAM, LOC(blk)));
    blk->comp_iter_target = true;
    TRY(visit_expr(b, outer->target));
    blk->comp_iter_target = false;
    TRY(visit_exprs(b, outer->ifs));
    for (int i = 1; i < gens->n; i++)
        TRY(visit_comprehension(b, gens->items[i]));
    if (value)
        TRY(visit_expr(b, value));
    TRY(visit_expr(b, elt));
    blk->generator = is_generator;
    /* 3.11: an async comprehension inside a non-generator comprehension
     * makes the enclosing one asynchronous as well */
    bool is_async = blk->coroutine && !is_generator;
    exit_block(b);
    if (is_async)
        b->cur->coroutine = true;
    return true;
}

/* A Name: Load is a use, Store and Del bind (`del x` makes x local). */
static bool visit_name(Builder *b, Expr *e)
{
    bool load = e->v.Name.ctx == K_Load;
    TRY(add_def(b, e->v.Name.id, load ? SYM_USE : SYM_DEF_LOCAL, LOC(e)));
    /* super() with no arguments reads the implicit __class__ cell */
    if (load && b->cur->type == BLOCK_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
        TRY(add_def(b, "__class__", SYM_USE, LOC(e)));
    return true;
}

/* yield / yield from: the block becomes a generator, unless it is a
 * comprehension (an error, see raise_yield_in_comprehension). */
static bool visit_yield(Builder *b, Expr *e, Expr *value)
{
    TRY(raise_if_annotation(b, "yield expression", e));
    if (value)
        TRY(visit_expr(b, value));
    b->cur->generator = true;
    if (b->cur->comprehension)
        return raise_yield_in_comprehension(b, e);
    return true;
}

/* Callee, positional arguments, then keyword values (names of keyword
 * arguments are not variables). */
static bool visit_call(Builder *b, Expr *e)
{
    TRY(visit_expr(b, e->v.Call.func));
    TRY(visit_exprs(b, e->v.Call.args));
    KeywordSeq *kws = e->v.Call.keywords;
    for (int i = 0; i < LEN(kws); i++)
        TRY(visit_expr(b, kws->items[i]->value));
    return true;
}

/* One expression node; CPython's symtable_visit_expr, field order kept. */
static bool visit_expr_kind(Builder *b, Expr *e)
{
    switch (e->kind) {
    case K_NamedExpr:
        return visit_namedexpr(b, e);
    case K_BoolOp:
        return visit_exprs(b, e->v.BoolOp.values);
    case K_BinOp:
        TRY(visit_expr(b, e->v.BinOp.left));
        return visit_expr(b, e->v.BinOp.right);
    case K_UnaryOp:
        return visit_expr(b, e->v.UnaryOp.operand);
    case K_Lambda:
        return visit_lambda(b, e);
    case K_IfExp:
        TRY(visit_expr(b, e->v.IfExp.test));
        TRY(visit_expr(b, e->v.IfExp.body));
        return visit_expr(b, e->v.IfExp.orelse);
    case K_Dict:
        TRY(visit_exprs(b, e->v.Dict.keys));
        return visit_exprs(b, e->v.Dict.values);
    case K_Set:
        return visit_exprs(b, e->v.Set.elts);
    case K_GeneratorExp:
        return visit_comp_scope(b, e, "genexpr", COMP_GENEXP, e->v.GeneratorExp.generators,
                                e->v.GeneratorExp.elt, NULL);
    case K_ListComp:
        return visit_comp_scope(b, e, "listcomp", COMP_LIST, e->v.ListComp.generators,
                                e->v.ListComp.elt, NULL);
    case K_SetComp:
        return visit_comp_scope(b, e, "setcomp", COMP_SET, e->v.SetComp.generators,
                                e->v.SetComp.elt, NULL);
    case K_DictComp:
        return visit_comp_scope(b, e, "dictcomp", COMP_DICT, e->v.DictComp.generators,
                                e->v.DictComp.key, e->v.DictComp.value);
    case K_Yield:
        return visit_yield(b, e, e->v.Yield.value);
    case K_YieldFrom:
        return visit_yield(b, e, e->v.YieldFrom.value);
    case K_Await:
        TRY(raise_if_annotation(b, "await expression", e));
        TRY(visit_expr(b, e->v.Await.value));
        b->cur->coroutine = true;
        return true;
    case K_Compare:
        TRY(visit_expr(b, e->v.Compare.left));
        return visit_exprs(b, e->v.Compare.comparators);
    case K_Call:
        return visit_call(b, e);
    case K_FormattedValue:
        TRY(visit_expr(b, e->v.FormattedValue.value));
        return !e->v.FormattedValue.format_spec
               || visit_expr(b, e->v.FormattedValue.format_spec);
    case K_JoinedStr:
        return visit_exprs(b, e->v.JoinedStr.values);
    case K_Constant:
        return true;
    case K_Attribute:
        return visit_expr(b, e->v.Attribute.value);
    case K_Subscript:
        TRY(visit_expr(b, e->v.Subscript.value));
        return visit_expr(b, e->v.Subscript.slice);
    case K_Starred:
        return visit_expr(b, e->v.Starred.value);
    case K_Slice:
        TRY(!e->v.Slice.lower || visit_expr(b, e->v.Slice.lower));
        TRY(!e->v.Slice.upper || visit_expr(b, e->v.Slice.upper));
        return !e->v.Slice.step || visit_expr(b, e->v.Slice.step);
    case K_Name:
        return visit_name(b, e);
    case K_List:
        return visit_exprs(b, e->v.List.elts);
    case K_Tuple:
        return visit_exprs(b, e->v.Tuple.elts);
    }
    kr_fatal("symtable: unknown expression kind %d", (int)e->kind);
}

static bool visit_expr(Builder *b, Expr *e)
{
    if (++b->depth > SYM_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_expr_kind(b, e);
    b->depth--;
    return ok;
}

/* ---------------------------------------------------------------------- */
/* Pass 1: annotations                                                     */

/* Are annotations compiled to strings (PEP 563) in this module? */
static bool future_annotations(Builder *b)
{
    return (b->st->future_features & KR_FUTURE_ANNOTATIONS) != 0;
}

/* With `from __future__ import annotations` an annotation is compiled to a
 * string, so its names bind and use nothing: it is walked (for its errors)
 * in an annotation block that is not linked into the tree. */
static bool visit_annotation(Builder *b, Expr *annotation)
{
    bool fut = future_annotations(b);
    if (fut)
        enter_block(b, "_annotation", BLOCK_ANNOTATION, annotation, LOC(annotation));
    TRY(visit_expr(b, annotation));
    if (fut)
        exit_block(b);
    return true;
}

/* The annotations of one parameter list, in order. */
static bool visit_arg_annotations(Builder *b, ArgSeq *args)
{
    for (int i = 0; i < LEN(args); i++)
        if (args->items[i]->annotation)
            TRY(visit_expr(b, args->items[i]->annotation));
    return true;
}

/* A def's annotations, in CPython's order: positional-only, positional,
 * *args, **kwargs, keyword-only, then the return annotation. */
static bool visit_def_annotations(Builder *b, Stmt *s, Arguments *a, Expr *returns)
{
    bool fut = future_annotations(b);
    if (fut)
        enter_block(b, "_annotation", BLOCK_ANNOTATION, s, LOC(s));
    TRY(visit_arg_annotations(b, a->posonlyargs));
    TRY(visit_arg_annotations(b, a->args));
    if (a->vararg && a->vararg->annotation)
        TRY(visit_expr(b, a->vararg->annotation));
    if (a->kwarg && a->kwarg->annotation)
        TRY(visit_expr(b, a->kwarg->annotation));
    TRY(visit_arg_annotations(b, a->kwonlyargs));
    if (fut)
        exit_block(b);
    return !returns || visit_annotation(b, returns);
}

/* ---------------------------------------------------------------------- */
/* Pass 1: statements                                                      */

/* def / async def: the name binds in the enclosing block; defaults,
 * annotations and decorators are evaluated there too (in that order, as
 * CPython visits them), then the body gets its own block. */
static bool visit_funcdef(Builder *b, Stmt *s, bool is_async)
{
    /* FunctionDef and AsyncFunctionDef have the same field layout */
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    Arguments *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    StmtSeq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    ExprSeq *decos = is_async ? s->v.AsyncFunctionDef.decorator_list
                              : s->v.FunctionDef.decorator_list;
    Expr *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;

    TRY(add_def(b, name, SYM_DEF_LOCAL, LOC(s)));
    TRY(visit_exprs(b, args->defaults));
    TRY(visit_exprs(b, args->kw_defaults));
    TRY(visit_def_annotations(b, s, args, returns));
    TRY(visit_exprs(b, decos));
    SymBlock *blk = enter_block(b, name, BLOCK_FUNCTION, s, LOC(s));
    if (is_async)
        blk->coroutine = true;
    TRY(visit_arguments(b, args));
    TRY(visit_stmts(b, body));
    exit_block(b);
    return true;
}

/* class: name, bases, keywords and decorators belong to the enclosing
 * block; the body is a block whose private names are mangled with the
 * class name (and so are those of functions nested in it). */
static bool visit_classdef(Builder *b, Stmt *s)
{
    TRY(add_def(b, s->v.ClassDef.name, SYM_DEF_LOCAL, LOC(s)));
    TRY(visit_exprs(b, s->v.ClassDef.bases));
    KeywordSeq *kws = s->v.ClassDef.keywords;
    for (int i = 0; i < LEN(kws); i++)
        TRY(visit_expr(b, kws->items[i]->value));
    TRY(visit_exprs(b, s->v.ClassDef.decorator_list));
    enter_block(b, s->v.ClassDef.name, BLOCK_CLASS, s, LOC(s));
    const char *saved = b->private_name;
    b->private_name = s->v.ClassDef.name;
    bool ok = visit_stmts(b, s->v.ClassDef.body);
    b->private_name = saved;
    TRY(ok);
    exit_block(b);
    return true;
}

/* `x: int = v`.  A simple annotated name may not also be declared global or
 * nonlocal in a function or class (the module's own `global x; x: int` is
 * fine).  Note CPython's control flow: a simple target always gets
 * DEF_ANNOT|DEF_LOCAL, a parenthesized one DEF_LOCAL only with a value. */
static bool visit_annassign(Builder *b, Stmt *s)
{
    Expr *target = s->v.AnnAssign.target;
    if (target->kind == K_Name) {
        const char *name = target->v.Name.id;
        int cur = sym_flags(b->cur, kr_sym_mangle(b->arena, b->private_name, name));
        if ((cur & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) && b->cur != b->st->top
            && s->v.AnnAssign.simple)
            return ERR_EXPR(b, s, (cur & SYM_DEF_GLOBAL)
                                      ? "annotated name '%s' can't be global"
                                      : "annotated name '%s' can't be nonlocal", name);
        if (s->v.AnnAssign.simple)
            TRY(add_def(b, name, SYM_DEF_ANNOT | SYM_DEF_LOCAL, LOC(target)));
        if (s->v.AnnAssign.value)
            TRY(add_def(b, name, SYM_DEF_LOCAL, LOC(target)));
    } else {
        TRY(visit_expr(b, target));
    }
    TRY(visit_annotation(b, s->v.AnnAssign.annotation));
    return !s->v.AnnAssign.value || visit_expr(b, s->v.AnnAssign.value);
}

/* `global` / `nonlocal`: the name must not already be a parameter, used,
 * annotated or assigned in this block. */
static bool visit_declaration(Builder *b, Stmt *s, bool global)
{
    IdentifierSeq *names = global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < LEN(names); i++) {
        const char *name = names->items[i];
        int cur = sym_flags(b->cur, kr_sym_mangle(b->arena, b->private_name, name));
        if (cur & SYM_DEF_PARAM)
            return ERR_EXPR(b, s, "name '%s' is parameter and %s", name, what);
        if (cur & SYM_USE)
            return ERR_EXPR(b, s, "name '%s' is used prior to %s declaration", name, what);
        if (cur & SYM_DEF_ANNOT)
            return ERR_EXPR(b, s, "annotated name '%s' can't be %s", name, what);
        if (cur & SYM_DEF_LOCAL)
            return ERR_EXPR(b, s, "name '%s' is assigned to before %s declaration", name,
                            what);
        TRY(add_def(b, name, global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, LOC(s)));
        record_directive(b, name, LOC(s));
    }
    return true;
}

/* `import a.b as c` binds c; `import a.b` binds a; `*` binds nothing but
 * is allowed only at module level. */
static bool visit_alias(Builder *b, Alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != BLOCK_MODULE)
            return ERR_EXPR(b, a, "import * only allowed at module level");
        return true;
    }
    const char *dot = strchr(name, '.');
    if (dot)
        name = kr_arena_strndup(b->arena, name, (size_t)(dot - name));
    return add_def(b, name, SYM_DEF_IMPORT, LOC(a));
}

/* The names an import statement binds. */
static bool visit_aliases(Builder *b, AliasSeq *names)
{
    for (int i = 0; i < LEN(names); i++)
        TRY(visit_alias(b, names->items[i]));
    return true;
}

/* except clauses: `except E as name` binds name in the enclosing block
 * (the compiler deletes it again at the end of the handler). */
static bool visit_handlers(Builder *b, ExcepthandlerSeq *hs)
{
    for (int i = 0; i < LEN(hs); i++) {
        Excepthandler *h = hs->items[i];
        if (h->v.ExceptHandler.type)
            TRY(visit_expr(b, h->v.ExceptHandler.type));
        if (h->v.ExceptHandler.name)
            TRY(add_def(b, h->v.ExceptHandler.name, SYM_DEF_LOCAL, LOC(h)));
        TRY(visit_stmts(b, h->v.ExceptHandler.body));
    }
    return true;
}

/* with items: each context expression, then its `as` target. */
static bool visit_withitems(Builder *b, WithitemSeq *items)
{
    for (int i = 0; i < LEN(items); i++) {
        TRY(visit_expr(b, items->items[i]->context_expr));
        if (items->items[i]->optional_vars)
            TRY(visit_expr(b, items->items[i]->optional_vars));
    }
    return true;
}

static bool visit_pattern(Builder *b, Pattern *p);

static bool visit_patterns(Builder *b, PatternSeq *ps)
{
    for (int i = 0; i < LEN(ps); i++)
        TRY(visit_pattern(b, ps->items[i]));
    return true;
}

/* Match patterns: captures (`case [x, *rest]`, `as y`, `**kw`) bind;
 * value patterns and class names are uses. */
static bool visit_pattern_kind(Builder *b, Pattern *p)
{
    switch (p->kind) {
    case K_MatchValue:
        return visit_expr(b, p->v.MatchValue.value);
    case K_MatchSingleton:
        return true;
    case K_MatchSequence:
        return visit_patterns(b, p->v.MatchSequence.patterns);
    case K_MatchStar:
        return !p->v.MatchStar.name || add_def(b, p->v.MatchStar.name, SYM_DEF_LOCAL, LOC(p));
    case K_MatchMapping:
        TRY(visit_exprs(b, p->v.MatchMapping.keys));
        TRY(visit_patterns(b, p->v.MatchMapping.patterns));
        return !p->v.MatchMapping.rest
               || add_def(b, p->v.MatchMapping.rest, SYM_DEF_LOCAL, LOC(p));
    case K_MatchClass:
        TRY(visit_expr(b, p->v.MatchClass.cls));
        TRY(visit_patterns(b, p->v.MatchClass.patterns));
        return visit_patterns(b, p->v.MatchClass.kwd_patterns);
    case K_MatchAs:
        if (p->v.MatchAs.pattern)
            TRY(visit_pattern(b, p->v.MatchAs.pattern));
        return !p->v.MatchAs.name || add_def(b, p->v.MatchAs.name, SYM_DEF_LOCAL, LOC(p));
    case K_MatchOr:
        return visit_patterns(b, p->v.MatchOr.patterns);
    }
    kr_fatal("symtable: unknown pattern kind %d", (int)p->kind);
}

/* Patterns nest arbitrarily too, so they count toward the depth limit. */
static bool visit_pattern(Builder *b, Pattern *p)
{
    if (++b->depth > SYM_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_pattern_kind(b, p);
    b->depth--;
    return ok;
}

/* match: the subject, then each case's pattern, guard and body. */
static bool visit_match(Builder *b, Stmt *s)
{
    TRY(visit_expr(b, s->v.Match.subject));
    MatchCaseSeq *cases = s->v.Match.cases;
    for (int i = 0; i < LEN(cases); i++) {
        MatchCase *c = cases->items[i];
        TRY(visit_pattern(b, c->pattern));
        if (c->guard)
            TRY(visit_expr(b, c->guard));
        TRY(visit_stmts(b, c->body));
    }
    return true;
}

/* Loops, conditionals and try: CPython visits a try's else block before
 * its handlers. */
static bool visit_compound(Builder *b, Stmt *s)
{
    switch (s->kind) {
    case K_For:
    case K_AsyncFor:  /* same layout as For */
        TRY(visit_expr(b, s->v.For.target));
        TRY(visit_expr(b, s->v.For.iter));
        TRY(visit_stmts(b, s->v.For.body));
        return visit_stmts(b, s->v.For.orelse);
    case K_While:
        TRY(visit_expr(b, s->v.While.test));
        TRY(visit_stmts(b, s->v.While.body));
        return visit_stmts(b, s->v.While.orelse);
    case K_If:
        TRY(visit_expr(b, s->v.If.test));
        TRY(visit_stmts(b, s->v.If.body));
        return visit_stmts(b, s->v.If.orelse);
    case K_With:
    case K_AsyncWith:  /* same layout as With */
        TRY(visit_withitems(b, s->v.With.items));
        return visit_stmts(b, s->v.With.body);
    case K_Try:
    case K_TryStar:  /* same layout as Try */
        TRY(visit_stmts(b, s->v.Try.body));
        TRY(visit_stmts(b, s->v.Try.orelse));
        TRY(visit_handlers(b, s->v.Try.handlers));
        return visit_stmts(b, s->v.Try.finalbody);
    case K_Match:
        return visit_match(b, s);
    default:
        kr_fatal("symtable: not a compound statement: %d", (int)s->kind);
    }
}

static bool visit_stmt_kind(Builder *b, Stmt *s)
{
    switch (s->kind) {
    case K_FunctionDef:
        return visit_funcdef(b, s, false);
    case K_AsyncFunctionDef:
        return visit_funcdef(b, s, true);
    case K_ClassDef:
        return visit_classdef(b, s);
    case K_Return:
        if (s->v.Return.value) {
            TRY(visit_expr(b, s->v.Return.value));
            b->cur->returns_value = true;
        }
        return true;
    case K_Delete:
        return visit_exprs(b, s->v.Delete.targets);
    case K_Assign:
        TRY(visit_exprs(b, s->v.Assign.targets));
        return visit_expr(b, s->v.Assign.value);
    case K_AnnAssign:
        return visit_annassign(b, s);
    case K_AugAssign:
        TRY(visit_expr(b, s->v.AugAssign.target));
        return visit_expr(b, s->v.AugAssign.value);
    case K_For: case K_AsyncFor: case K_While: case K_If: case K_With: case K_AsyncWith:
    case K_Try: case K_TryStar: case K_Match:
        return visit_compound(b, s);
    case K_Raise:
        if (s->v.Raise.exc) {
            TRY(visit_expr(b, s->v.Raise.exc));
            if (s->v.Raise.cause)
                TRY(visit_expr(b, s->v.Raise.cause));
        }
        return true;
    case K_Assert:
        TRY(visit_expr(b, s->v.Assert.test));
        return !s->v.Assert.msg || visit_expr(b, s->v.Assert.msg);
    case K_Import:
        return visit_aliases(b, s->v.Import.names);
    case K_ImportFrom:
        return visit_aliases(b, s->v.ImportFrom.names);
    case K_Global:
        return visit_declaration(b, s, true);
    case K_Nonlocal:
        return visit_declaration(b, s, false);
    case K_Expr:
        return visit_expr(b, s->v.Expr.value);
    case K_Pass: case K_Break: case K_Continue:
        return true;
    }
    kr_fatal("symtable: unknown statement kind %d", (int)s->kind);
}

/* Every statement and expression visit counts toward SYM_MAX_DEPTH, as in
 * CPython, so the depth at which RecursionError appears is the same. */
static bool visit_stmt(Builder *b, Stmt *s)
{
    if (++b->depth > SYM_MAX_DEPTH)
        return recursion_error(b);
    bool ok = visit_stmt_kind(b, s);
    b->depth--;
    return ok;
}

/* A statement list, in order; the first error stops the walk. */
static bool visit_stmts(Builder *b, StmtSeq *seq)
{
    for (int i = 0; i < LEN(seq); i++)
        TRY(visit_stmt(b, seq->items[i]));
    return true;
}

/* ---------------------------------------------------------------------- */
/* The __future__ scan (CPython's future.c)                                */

/* A docstring may precede the future imports. */
static bool is_docstring(const Stmt *s)
{
    return s->kind == K_Expr && s->v.Expr.value->kind == K_Constant
           && s->v.Expr.value->v.Constant.value->kind == CONST_STR;
}

/* Append feature to msg as CPython's "%.100s" does: at most 100 bytes, a
 * cut multi-byte character becoming U+FFFD. */
static void put_truncated(Buf *msg, const char *feature)
{
    size_t n = strlen(feature);
    if (n <= 100) {
        kr_buf_write(msg, feature, n);
        return;
    }
    size_t keep = 100;
    while (keep > 0 && ((unsigned char)feature[keep] & 0xC0) == 0x80)
        keep--;
    kr_buf_write(msg, feature, keep);
    if (keep < 100)
        kr_buf_puts(msg, "\xEF\xBF\xBD");
}

/* The features of one `from __future__ import ...`.  Only annotations
 * and barry_as_FLUFL change anything in 3.11; the others are accepted
 * for compatibility; braces gets CPython's joke. */
static bool future_features(Builder *b, Stmt *s)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    };
    AliasSeq *names = s->v.ImportFrom.names;
    for (int i = 0; i < LEN(names); i++) {
        const char *f = names->items[i]->name;
        bool ok = false;
        for (size_t k = 0; k < KR_ARRAY_LEN(known) && !ok; k++)
            ok = strcmp(f, known[k]) == 0;
        if (ok)
            continue;
        if (strcmp(f, "barry_as_FLUFL") == 0) {
            b->st->future_features |= KR_FUTURE_BARRY_AS_BDFL;
        } else if (strcmp(f, "annotations") == 0) {
            b->st->future_features |= KR_FUTURE_ANNOTATIONS;
        } else if (strcmp(f, "braces") == 0) {
            return error_at(b, s->lineno, s->col_offset, 0, 0, false, "not a chance");
        } else {
            Buf m;
            kr_buf_init(&m);
            put_truncated(&m, f);
            error_at(b, s->lineno, s->col_offset, 0, 0, false,
                     "future feature %s is not defined", m.data);
            kr_buf_free(&m);
            return false;
        }
    }
    return true;
}

/* Future imports may follow only a docstring and other future imports;
 * the one misplacement found here (not by the compiler) is a future import
 * on the same line as, and after, an ordinary statement. */
static bool scan_future(Builder *b, Mod *mod)
{
    StmtSeq *body;
    if (mod->kind == K_Module)
        body = mod->v.Module.body;
    else if (mod->kind == K_Interactive)
        body = mod->v.Interactive.body;
    else
        return true;
    int i = LEN(body) > 0 && is_docstring(body->items[0]) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < LEN(body); i++) {
        Stmt *s = body->items[i];
        if (done && s->lineno > prev_line)
            return true;
        prev_line = s->lineno;
        if (s->kind == K_ImportFrom && s->v.ImportFrom.module
            && strcmp(s->v.ImportFrom.module, "__future__") == 0) {
            if (done)   /* CPython reports this one without the +1 */
                return error_at(b, s->lineno, s->col_offset - 1, 0, 0, false,
                                "from __future__ imports must occur at the beginning of "
                                "the file");
            TRY(future_features(b, s));
            b->st->future_lineno = s->lineno;
        } else {
            done = true;
        }
    }
    return true;
}

/* ---------------------------------------------------------------------- */
/* Pass 2: NameSet, a small hash set of names (malloc'd, temporary)        */
/*
 * CPython passes Python sets down the tree and copies them for each child;
 * so does krait, with this minimal open-addressing set (tombstones for
 * discard).  The sets stay small in practice -- the names bound by the
 * enclosing functions and the explicit globals -- so copying per child
 * costs less than a persistent structure would.
 */

typedef struct NameSet {
    const char **slots;        /* NULL = empty, DELETED = tombstone */
    int cap, used, n;          /* used counts tombstones too */
} NameSet;

static const char DELETED[] = "";

static void set_init(NameSet *s)
{
    s->slots = NULL;
    s->cap = s->used = s->n = 0;
}

static void set_free(NameSet *s)
{
    free(s->slots);
    set_init(s);
}

static int set_find(const NameSet *s, const char *name)
{
    if (!s->cap)
        return -1;
    uint32_t mask = (uint32_t)s->cap - 1;
    int tomb = -1;
    for (uint32_t i = hash_str(name) & mask;; i = (i + 1) & mask) {
        const char *k = s->slots[i];
        if (!k)
            return tomb >= 0 ? tomb : (int)i;
        if (k == DELETED) {
            if (tomb < 0)
                tomb = (int)i;
        } else if (strcmp(k, name) == 0) {
            return (int)i;
        }
    }
}

static bool set_has(const NameSet *s, const char *name)
{
    int i = set_find(s, name);
    return i >= 0 && s->slots[i] && s->slots[i] != DELETED;
}

static void set_add(NameSet *s, const char *name);

static void set_resize(NameSet *s, int cap)
{
    NameSet old = *s;
    s->slots = calloc((size_t)cap, sizeof *s->slots);
    if (!s->slots)
        kr_fatal("out of memory");
    s->cap = cap;
    s->used = s->n = 0;
    for (int i = 0; i < old.cap; i++)
        if (old.slots[i] && old.slots[i] != DELETED)
            set_add(s, old.slots[i]);
    free(old.slots);
}

/* Insert name.  The table grows at half load (tombstones count), doubling
 * only when live entries need it, so long discard/add runs stay bounded. */
static void set_add(NameSet *s, const char *name)
{
    if ((s->used + 1) * 2 > s->cap)
        set_resize(s, s->cap ? (s->n + 1) * 4 > s->cap ? s->cap * 2 : s->cap : 8);
    int i = set_find(s, name);
    if (s->slots[i] && s->slots[i] != DELETED)
        return;
    if (!s->slots[i])
        s->used++;
    s->slots[i] = name;
    s->n++;
}

static void set_discard(NameSet *s, const char *name)
{
    int i = set_find(s, name);
    if (i >= 0 && s->slots[i] && s->slots[i] != DELETED) {
        s->slots[i] = DELETED;
        s->n--;
    }
}

static void set_update(NameSet *dst, const NameSet *src)
{
    for (int i = 0; i < src->cap; i++)
        if (src->slots[i] && src->slots[i] != DELETED)
            set_add(dst, src->slots[i]);
}

/* A fresh set with src's names: each child analyses its own copy, so what
 * it discards or adds does not leak to its siblings. */
static void set_copy(NameSet *dst, const NameSet *src)
{
    set_init(dst);
    set_update(dst, src);
}

/* ---------------------------------------------------------------------- */
/* Pass 2: analysis                                                        */

/* An analysis error points at the block's first directive for the name. */
static bool error_at_directive(Builder *b, const SymBlock *blk, const char *name,
                               const char *fmt)
{
    for (int i = 0; i < blk->ndirectives; i++) {
        const SymDirective *d = &blk->directives[i];
        if (strcmp(d->name, name) == 0)
            return error_at(b, d->lineno, d->col_offset, d->end_lineno, d->end_col_offset, true,
                            fmt, name);
    }
    kr_fatal("symtable: no directive recorded for '%s'", name);
}

/* Decide one name's scope (CPython's analyze_name).  bound is NULL only
 * for the module; the sets are this block's private copies. */
static bool analyze_name(Builder *b, SymBlock *blk, Symbol *sym, NameSet *bound,
                         NameSet *local, NameSet *free, NameSet *global)
{
    const char *name = sym->name;
    int flags = sym->flags;
    /* declared global: nested blocks now see the global, not a binding */
    if (flags & SYM_DEF_GLOBAL) {
        if (flags & SYM_DEF_NONLOCAL)
            return error_at_directive(b, blk, name, "name '%s' is nonlocal and global");
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        set_add(global, name);
        if (bound)
            set_discard(bound, name);
        return true;
    }
    /* declared nonlocal: an enclosing function must bind it */
    if (flags & SYM_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(b, blk, name,
                                      "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return error_at_directive(b, blk, name, "no binding for nonlocal '%s' found");
        sym->scope = SCOPE_FREE;
        blk->free = true;
        set_add(free, name);
        return true;
    }
    /* bound here: local (a cell, if a child turns out to use it) */
    if (flags & SYM_DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        set_add(local, name);
        set_discard(global, name);
        return true;
    }
    /* only used: free if an enclosing function binds it ... */
    if (bound && set_has(bound, name)) {
        sym->scope = SCOPE_FREE;
        blk->free = true;
        set_add(free, name);
        return true;
    }
    /* ... else global.  CPython counts a nested block's implicit globals
     * as "free" too (it only feeds child_free). */
    if (blk->nested)
        blk->free = true;
    sym->scope = SCOPE_GLOBAL_IMPLICIT;
    return true;
}

/* Locals of a function that inner scopes use freely become cells. */
static void analyze_cells(SymBlock *blk, NameSet *free)
{
    for (int i = 0; i < blk->nsyms; i++) {
        Symbol *s = &blk->syms[i];
        if (s->scope == SCOPE_LOCAL && set_has(free, s->name)) {
            s->scope = SCOPE_CELL;
            set_discard(free, s->name);
        }
    }
}

/* Free names of the children that this block does not bind are added to
 * it as FREE too (it must pass the cell through), unless they are not
 * bound by any enclosing function (then they are globals).
 *
 *   def f():
 *       x = 1
 *       class C:
 *           x = 2                 # C's own namespace entry ...
 *           def m(self): return x # ... but m reads f's x
 *
 * Here C both binds x and must carry f's cell for x to build m's closure:
 * the class's symbol gets DEF_FREE_CLASS, which puts x in the class code's
 * co_freevars while its body still uses the namespace. */
static void update_symbols(Builder *b, SymBlock *blk, const NameSet *bound,
                           const NameSet *free, bool is_class)
{
    for (int i = 0; i < free->cap; i++) {
        const char *name = free->slots[i];
        if (!name || name == DELETED)
            continue;
        Symbol *s = (Symbol *)kr_sym_lookup(blk, name);
        if (s) {
            if (is_class && (s->flags & (SYM_DEF_BOUND | SYM_DEF_GLOBAL)))
                s->flags |= SYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue;
        s = sym_get(b->arena, blk, name);
        s->scope = SCOPE_FREE;
    }
}

static bool analyze_block(Builder *b, SymBlock *blk, NameSet *bound, NameSet *free,
                          NameSet *global);

static bool analyze_child(Builder *b, SymBlock *child, const NameSet *bound,
                          const NameSet *free, const NameSet *global, NameSet *child_free)
{
    NameSet tb, tf, tg;
    set_copy(&tb, bound);
    set_copy(&tf, free);
    set_copy(&tg, global);
    bool ok = analyze_block(b, child, &tb, &tf, &tg);
    if (ok)
        set_update(child_free, &tf);
    set_free(&tb);
    set_free(&tf);
    set_free(&tg);
    return ok;
}

/* Children see what this block makes visible: for a function its own
 * locals plus what it saw; for a class only what it saw (class bindings
 * are invisible to methods) plus the implicit __class__. */
static void visible_to_children(SymBlock *blk, NameSet *bound, NameSet *local,
                                NameSet *global, NameSet *newbound, NameSet *newglobal)
{
    if (blk->type == BLOCK_CLASS) {
        set_add(newbound, "__class__");
        return;
    }
    if (blk->type == BLOCK_FUNCTION)
        set_update(newbound, local);
    if (bound)
        set_update(newbound, bound);
    set_update(newglobal, global);
}

/* Analyse each child with copies of what this block makes visible, and
 * gather the free names they need into newfree.  child_free records
 * whether any descendant needs a closure at all. */
static bool analyze_children(Builder *b, SymBlock *blk, NameSet *newbound, NameSet *newfree,
                             NameSet *newglobal)
{
    NameSet allfree;
    set_init(&allfree);
    bool ok = true;
    for (int i = 0; i < blk->nchildren && ok; i++) {
        SymBlock *c = blk->children[i];
        ok = analyze_child(b, c, newbound, newfree, newglobal, &allfree);
        if (c->free || c->child_free)
            blk->child_free = true;
    }
    set_update(newfree, &allfree);
    set_free(&allfree);
    return ok;
}

/* CPython's analyze_block.  bound: names bound by enclosing functions
 * (NULL for the module); global: names declared global by enclosing
 * blocks; free: out-parameter, the free names of this block and below
 * that an enclosing block must provide. */
static bool analyze_block(Builder *b, SymBlock *blk, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    NameSet local, newbound, newfree, newglobal;
    set_init(&local);
    set_init(&newbound);
    set_init(&newfree);
    set_init(&newglobal);
    bool ok = true;
    if (blk->type == BLOCK_CLASS) {
        /* decided before the class's own names, which stay invisible */
        set_update(&newglobal, global);
        if (bound)
            set_update(&newbound, bound);
    }
    int nsyms = blk->nsyms;
    for (int i = 0; i < nsyms && ok; i++)
        ok = analyze_name(b, blk, &blk->syms[i], bound, &local, free, global);
    if (ok) {
        visible_to_children(blk, bound, &local, global, &newbound, &newglobal);
        ok = analyze_children(b, blk, &newbound, &newfree, &newglobal);
    }
    if (ok) {
        if (blk->type == BLOCK_FUNCTION) {
            analyze_cells(blk, &newfree);
        } else if (blk->type == BLOCK_CLASS && set_has(&newfree, "__class__")) {
            set_discard(&newfree, "__class__");
            blk->needs_class_closure = true;
        }
        update_symbols(b, blk, bound, &newfree, blk->type == BLOCK_CLASS);
        set_update(free, &newfree);
    }
    set_free(&local);
    set_free(&newbound);
    set_free(&newfree);
    set_free(&newglobal);
    return ok;
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                             */

/* Pass 1 over the module, then pass 2 from the top with nothing bound
 * (bound == NULL marks module level) and no globals declared yet. */
static bool build_top(Builder *b, Mod *mod)
{
    SymBlock *top = enter_block(b, "top", BLOCK_MODULE, mod, (Loc){ 0, 0, 0, 0 });
    b->st->top = top;
    switch (mod->kind) {
    case K_Module:
        TRY(visit_stmts(b, mod->v.Module.body));
        break;
    case K_Interactive:
        TRY(visit_stmts(b, mod->v.Interactive.body));
        break;
    case K_Expression:
        TRY(visit_expr(b, mod->v.Expression.body));
        break;
    case K_FunctionType:
        kr_fatal("symtable: FunctionType modules are not compiled");
    }
    exit_block(b);
    NameSet free, global;
    set_init(&free);
    set_init(&global);
    bool ok = analyze_block(b, top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    return ok;
}

SymResult kr_sym_build(Arena *arena, Mod *mod, const char *filename, const char *src,
                       size_t len, int future_flags)
{
    SymResult res = { 0 };
    Builder b = { 0 };
    b.arena = arena;
    b.st = kr_arena_alloc(arena, sizeof *b.st);
    b.filename = filename;
    b.src = src;
    b.len = len;
    b.res = &res;
    if (scan_future(&b, mod)) {
        b.st->future_features |= future_flags;
        if (build_top(&b, mod))
            res.st = b.st;
    }
    return res;
}

/* ---------------------------------------------------------------------- */
/* What the compiler reads                                                 */

const char *const *kr_sym_varnames(const SymBlock *b, int *n)
{
    *n = b->nparams;
    return b->params;
}

/* qsort order of CPython's sorted(): byte order of UTF-8 equals code
 * point order. */
static int cmp_names(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Names whose scope is `scope` or whose flags have `flag`, sorted (CPython's
 * dictbytype: code objects list cells and frees in name order). */
static const char **names_by(Arena *arena, const SymBlock *b, SymScope scope, int flag,
                             const char *extra, int *n)
{
    const char **out = kr_arena_alloc(arena, (size_t)(b->nsyms + 1) * sizeof *out);
    int k = 0;
    if (extra)
        out[k++] = extra;
    for (int i = 0; i < b->nsyms; i++)
        if (b->syms[i].scope == scope || (b->syms[i].flags & flag))
            out[k++] = b->syms[i].name;
    qsort(out, (size_t)k, sizeof *out, cmp_names);
    *n = k;
    return out;
}

const char **kr_sym_cellvars(Arena *arena, const SymBlock *b, int *n)
{
    return names_by(arena, b, SCOPE_CELL, 0, b->needs_class_closure ? "__class__" : NULL, n);
}

const char **kr_sym_freevars(Arena *arena, const SymBlock *b, int *n)
{
    return names_by(arena, b, SCOPE_FREE, SYM_DEF_FREE_CLASS, NULL, n);
}

int kr_sym_code_flags(const SymBlock *b)
{
    if (b->type != BLOCK_FUNCTION)
        return 0;
    int flags = CO_NEWLOCALS | CO_OPTIMIZED;
    if (b->nested)
        flags |= CO_NESTED;
    if (b->generator && !b->coroutine)
        flags |= CO_GENERATOR;
    if (!b->generator && b->coroutine)
        flags |= CO_COROUTINE;
    if (b->generator && b->coroutine)
        flags |= CO_ASYNC_GENERATOR;
    if (b->varargs)
        flags |= CO_VARARGS;
    if (b->varkeywords)
        flags |= CO_VARKEYWORDS;
    return flags;
}

/* ---------------------------------------------------------------------- */
/* The canonical dump (mirrored by tools/symcheck.py)                      */

static const char *type_name(BlockType t)
{
    return t == BLOCK_MODULE ? "module" : t == BLOCK_CLASS ? "class" : "function";
}

static void indent(Buf *out, int depth)
{
    for (int i = 0; i < depth; i++)
        kr_buf_puts(out, "  ");
}

/* One sorted name list: "  <label>: a b c". */
static void dump_names(Buf *out, int depth, const char *label, const char **names, int n)
{
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    indent(out, depth + 1);
    kr_buf_printf(out, "%s:", label);
    for (int i = 0; i < n; i++)
        kr_buf_printf(out, " %s", names[i]);
    kr_buf_putc(out, '\n');
}

/* The function-only lists of Python's symtable.Function. */
static void dump_function_lists(Buf *out, const SymBlock *b, int depth)
{
    indent(out, depth + 1);
    kr_buf_puts(out, "params:");
    for (int i = 0; i < b->nparams; i++)
        kr_buf_printf(out, " %s", b->params[i]);
    kr_buf_putc(out, '\n');
    const char **tmp = malloc((size_t)(b->nsyms + 1) * sizeof *tmp);
    if (!tmp)
        kr_fatal("out of memory");
    static const char *const labels[] = { "locals", "globals", "nonlocals", "frees" };
    for (int l = 0; l < 4; l++) {
        int n = 0;
        for (int i = 0; i < b->nsyms; i++) {
            const Symbol *s = &b->syms[i];
            bool in = l == 0   ? (s->scope == SCOPE_LOCAL || s->scope == SCOPE_CELL)
                      : l == 1 ? (s->scope == SCOPE_GLOBAL_IMPLICIT
                                  || s->scope == SCOPE_GLOBAL_EXPLICIT)
                      : l == 2 ? (s->flags & SYM_DEF_NONLOCAL) != 0
                               : s->scope == SCOPE_FREE;
            if (in)
                tmp[n++] = s->name;
        }
        dump_names(out, depth, labels[l], tmp, n);
    }
    free(tmp);
}

/* Python's Symbol.is_namespace: some child block has this name. */
static bool is_namespace(const SymBlock *b, const char *name)
{
    for (int i = 0; i < b->nchildren; i++)
        if (strcmp(b->children[i]->name, name) == 0)
            return true;
    return false;
}

/* A symbol with its raw value and the predicates of Python's
 * symtable.Symbol, in a fixed order. */
static void dump_symbol(Buf *out, const SymBlock *b, const Symbol *s, int depth)
{
    /* Python's symtable.Symbol decides "module scope" by the table's name,
     * so a function called `top` counts too */
    bool top = strcmp(b->name, "top") == 0;
    int f = s->flags;
    SymScope sc = s->scope;
    bool glob = sc == SCOPE_GLOBAL_IMPLICIT || sc == SCOPE_GLOBAL_EXPLICIT
                || (top && (f & SYM_DEF_BOUND));
    bool loc = sc == SCOPE_LOCAL || sc == SCOPE_CELL || (top && (f & SYM_DEF_BOUND));
    indent(out, depth + 1);
    kr_buf_printf(out, "sym %s %d ref=%d imp=%d param=%d global=%d nonlocal=%d "
                  "declglobal=%d local=%d annot=%d free=%d assigned=%d ns=%d\n",
                  s->name, f | (int)sc << SYM_SCOPE_OFFSET, !!(f & SYM_USE),
                  !!(f & SYM_DEF_IMPORT), !!(f & SYM_DEF_PARAM), glob,
                  !!(f & SYM_DEF_NONLOCAL), sc == SCOPE_GLOBAL_EXPLICIT, loc,
                  !!(f & SYM_DEF_ANNOT), sc == SCOPE_FREE, !!(f & SYM_DEF_LOCAL),
                  is_namespace(b, s->name));
}

static int cmp_syms(const void *x, const void *y)
{
    return strcmp((*(const Symbol *const *)x)->name, (*(const Symbol *const *)y)->name);
}

/* What the compiler will put in the code object: co_flags' scope bits,
 * co_cellvars and co_freevars (compared by symcheck.py with the code
 * objects python3.11 compiles, in sorted order). */
static void dump_code(Buf *out, const SymBlock *b, int depth)
{
    Arena *tmp = kr_arena_new();
    int ncells, nfrees;
    const char **cells = kr_sym_cellvars(tmp, b, &ncells);
    const char **frees = kr_sym_freevars(tmp, b, &nfrees);
    indent(out, depth + 1);
    kr_buf_printf(out, "code: flags=%d cells=", kr_sym_code_flags(b));
    for (int i = 0; i < ncells; i++)
        kr_buf_printf(out, "%s%s", i ? "," : "", cells[i]);
    kr_buf_puts(out, " frees=");
    for (int i = 0; i < nfrees; i++)
        kr_buf_printf(out, "%s%s", i ? "," : "", frees[i]);
    kr_buf_putc(out, '\n');
    kr_arena_free(tmp);
}

/* The dump doubles as a self-test of the lookup structures: every block
 * must be found from its node, every symbol from its name. */
static void check_block(const SymTable *st, const SymBlock *b)
{
    if (kr_sym_block_of(st, b->node) != b)
        kr_fatal("symtable: block '%s' not found from its node", b->name);
    for (int i = 0; i < b->nsyms; i++)
        if (kr_sym_lookup(b, b->syms[i].name) != &b->syms[i]
            || kr_sym_scope(b, b->syms[i].name) != b->syms[i].scope)
            kr_fatal("symtable: symbol '%s' not found in '%s'", b->syms[i].name, b->name);
}

static void dump_block(Buf *out, const SymTable *st, const SymBlock *b, int depth)
{
    check_block(st, b);
    indent(out, depth);
    kr_buf_printf(out, "%s %s line=%d optimized=%d nested=%d children=%d\n",
                  type_name(b->type), b->name, b->lineno, b->type == BLOCK_FUNCTION,
                  b->nested, b->nchildren > 0);
    if (b->type == BLOCK_FUNCTION)
        dump_function_lists(out, b, depth);
    if (b->type != BLOCK_MODULE)
        dump_code(out, b, depth);
    const Symbol **sorted = malloc((size_t)(b->nsyms + 1) * sizeof *sorted);
    if (!sorted)
        kr_fatal("out of memory");
    for (int i = 0; i < b->nsyms; i++)
        sorted[i] = &b->syms[i];
    qsort(sorted, (size_t)b->nsyms, sizeof *sorted, cmp_syms);
    for (int i = 0; i < b->nsyms; i++)
        dump_symbol(out, b, sorted[i], depth);
    free(sorted);
    for (int i = 0; i < b->nchildren; i++)
        dump_block(out, st, b->children[i], depth + 1);
}

void kr_sym_dump(Buf *out, const SymTable *st)
{
    dump_block(out, st, st->top, 0);
}
