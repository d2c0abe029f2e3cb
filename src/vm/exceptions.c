/*
 * exceptions.c -- raising, matching, the exception table, and printing
 * uncaught exceptions.
 *
 * The exception table (objects/code.h: ExcEntry) is searched linearly:
 * it runs only when an exception is raised, tables are short, and rows
 * come innermost-first (compile/emit.c), so the first covering row is the
 * right handler.
 *
 * The printer reproduces CPython 3.11's default excepthook: the chain of
 * __cause__ / __context__ first, each with its "Traceback (most recent
 * call last):" block, File/line/function lines and the stripped source
 * line, then "Type: message".  Source lines are read from the file when
 * printing, as CPython's linecache does.  Under each source line go 3.11's
 * carets (PEP 657): the range of the failing instruction (Code.positions),
 * with `~` under the operands and `^` under the operator of a binary
 * operation or the brackets of a subscript -- found, as CPython does, by
 * parsing the highlighted text -- and nothing when the range is the whole
 * line.
 */
#include "vm/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "parse/parse.h"

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/nameerror.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

const ExcEntry *kr_vm_find_handler(const Code *code, uint32_t pc)
{
    for (uint32_t i = 0; i < code->nexc; i++) {
        const ExcEntry *e = &code->exctable[i];
        if (pc >= e->start && pc < e->end)
            return e;
    }
    return NULL;
}

void kr_vm_chain_context(Thread *th, Value exc)
{
    Value h = th->handled;
    if (!h || h == KR_NONE || h == exc || !kr_is_exc(exc))
        return;
    Exc *e = (Exc *)kr_as_obj(exc);
    if (e->context != KR_NONE)
        return;
    /* Break a cycle the new link would close (CPython _PyErr_SetObject).
     * The chain may already hold a cycle not through exc (user code can
     * set __context__ freely); a slow pointer at half speed stops the walk
     * when the fast one laps it. */
    Value slow = h;
    bool toggle = false;
    for (Value o = h; o != KR_NONE && kr_is_exc(o);) {
        Exc *x = (Exc *)kr_as_obj(o);
        if (x->context == exc) {
            x->context = KR_NONE;
            break;
        }
        o = x->context;
        if (o == slow)
            break;
        if (toggle)
            slow = ((Exc *)kr_as_obj(slow))->context;
        toggle = !toggle;
    }
    e->context = h;
}

static Value instantiate(Thread *th, Value v, const char *what)
{
    if (kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        Type *t = (Type *)kr_as_obj(v);
        if (t->flags & KR_TYPE_EXC_SUBCLASS) {
            Value e = kr_vm_call(th, v, NULL, 0, NULL);
            if (e && !kr_is_exc(e)) {
                kr_err_format(th, &kr_exc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %s",
                              v, kr_type_name(e));
                return KR_VALUE_NULL;
            }
            return e;
        }
    } else if (kr_is_exc(v)) {
        return v;
    }
    kr_err_set_string(th, &kr_exc_TypeError, what);
    return KR_VALUE_NULL;
}

void kr_vm_raise(Thread *th, Value exc, Value cause)
{
    Value e = instantiate(th, exc, "exceptions must derive from BaseException");
    if (!e)
        return;
    if (cause) {
        Value c = KR_NONE;
        if (cause != KR_NONE) {
            c = instantiate(th, cause, "exception causes must derive from BaseException");
            if (!c)
                return;
        }
        Exc *x = (Exc *)kr_as_obj(e);
        x->cause = c;
        x->suppress_context = true;
    }
    th->exc = e;
}

static bool is_exc_class(Value v)
{
    return kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS) &&
           (((Type *)kr_as_obj(v))->flags & KR_TYPE_EXC_SUBCLASS);
}

/* `except cls`: cls is an exception class or a flat tuple of them, every
 * item checked before any is matched (CPython's check_except_type_valid:
 * `except (ValueError, 42)` is a TypeError even for a ValueError). */
int kr_vm_exc_match(Thread *th, Value exc, Value cls)
{
    const Tuple *t = kr_is_tuple(cls) ? kr_as_tuple(cls) : NULL;
    int64_t n = t ? t->size : 1;
    for (int64_t i = 0; i < n; i++) {
        if (!is_exc_class(t ? t->items[i] : cls)) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (int64_t i = 0; i < n; i++)
        if (kr_isinstance_type(exc, (Type *)kr_as_obj(t ? t->items[i] : cls)))
            return 1;
    return 0;
}

/* ---- printing -------------------------------------------------------------------- */

/* Line `lineno` of a file (no newline), or NULL; malloc'ed. */
static char *read_line(Str *filename, int lineno)
{
    char path[4096];
    if (!filename->ascii || filename->len >= (int64_t)sizeof path)
        return NULL;
    memcpy(path, filename->data, (size_t)filename->len);
    path[filename->len] = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b;
    kr_buf_init(&b);
    int line = 1, c;
    while ((c = fgetc(f)) != EOF) {
        if (c == '\n') {
            if (line == lineno)
                break;
            line++;
            continue;
        }
        if (line == lineno)
            kr_buf_putc(&b, (char)c);
    }
    fclose(f);
    if (line != lineno) {
        kr_buf_free(&b);
        return NULL;
    }
    if (!b.data)
        kr_buf_putc(&b, 0), b.len = 0;
    return b.data;
}

/* Code points in the first `bytes` bytes of UTF-8 text. */
static int64_t chars_in(const char *s, int64_t bytes)
{
    int64_t n = 0;
    for (int64_t i = 0; i < bytes && s[i]; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of the `chars`-th code point. */
static int64_t bytes_of(const char *s, int64_t chars)
{
    int64_t i = 0;
    for (int64_t n = 0; s[i] && n < chars; n++) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; }

/* CPython's extract_anchors_from_line: parse the highlighted segment; for
 * a binary operation the operator, for a subscript the [index], become
 * the secondary range.  Offsets returned are characters in the line. */
static bool find_anchors(const char *line, int64_t start, int64_t end, int64_t *left,
                         int64_t *right)
{
    int64_t b0 = bytes_of(line, start), b1 = bytes_of(line, end);
    if (b1 <= b0)
        return false;
    Arena *arena = kr_arena_new();
    char *seg = kr_arena_strndup(arena, line + b0, (size_t)(b1 - b0));
    ParseResult r = kr_parse_source(arena, seg, (size_t)(b1 - b0), false, "<segment>", PARSE_FILE);
    bool found = false;
    if (r.mod && r.mod->v.Module.body->n == 1 && r.mod->v.Module.body->items[0]->kind == K_Expr) {
        Expr *e = r.mod->v.Module.body->items[0]->v.Expr.value;
        int64_t la = -1, ra = -1;
        if (e->kind == K_BinOp && e->lineno == 1 && e->end_lineno == 1) {
            Expr *l = e->v.BinOp.left, *rt = e->v.BinOp.right;
            for (int64_t i = l->end_col_offset; i < rt->col_offset; i++) {
                if (is_ws(seg[i]) || seg[i] == '\n')
                    continue;
                la = i;
                ra = i + 1;
                if (i + 1 < rt->col_offset && !is_ws(seg[i + 1]))
                    ra++;
                break;
            }
        } else if (e->kind == K_Subscript && e->lineno == 1 && e->end_lineno == 1) {
            la = e->v.Subscript.value->end_col_offset;
            ra = e->v.Subscript.slice->end_col_offset + 1;
        }
        if (la >= 0) {
            *left = chars_in(seg, la) + start;
            *right = chars_in(seg, ra) + start;
            found = true;
        }
    }
    kr_arena_free(arena);
    return found;
}

static void print_source_line(FILE *out, Code *code, uint32_t pc, int lineno)
{
    char *line = read_line(code->filename, lineno);
    if (!line)
        return;
    int64_t trunc = 0, len = (int64_t)strlen(line);
    while (trunc < len && (line[trunc] == ' ' || line[trunc] == '\t' || line[trunc] == '\f'))
        trunc++;
    while (len > trunc && (is_ws(line[len - 1]) || line[len - 1] == '\n'))
        len--;
    if (len == trunc) {
        free(line);
        return;
    }
    fprintf(out, "    %.*s\n", (int)(len - trunc), line + trunc);
    const int32_t *pos = kr_code_positions(code);
    const int32_t *p = pos ? &pos[4 * pc] : NULL;
    if (p && p[2] >= 0 && p[0] == lineno && p[3] >= 0) {
        int64_t start = chars_in(line, p[2]), end;
        int64_t left = -1, right = -1;
        bool anchors = false;
        if (p[1] == p[0]) {
            end = chars_in(line, p[3]);
            anchors = find_anchors(line, start, end, &left, &right);
        } else {
            end = chars_in(line, len);
        }
        int64_t tchars = chars_in(line, trunc), stripped = chars_in(line, len) - tchars;
        if (end > start && !(end - start == stripped && !anchors)) {
            fputs("    ", out);
            for (int64_t off = tchars + 1; off <= end; off++)
                fputc(off <= start ? ' ' : anchors && left < off && off <= right ? '^'
                                      : anchors ? '~' : '^', out);
            fputc('\n', out);
        }
    }
    free(line);
}

static void print_str(FILE *out, Str *s)
{
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, s);
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    kr_buf_free(&b);
}

#define TB_LIMIT 1000
#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(FILE *out, int64_t cnt)
{
    if (cnt <= TB_RECURSIVE_CUTOFF)
        return;
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %lld more time%s]\n", (long long)cnt,
            cnt > 1 ? "s" : "");
}

/* ---- SyntaxError instances (helper "builtins": raised by compile/exec) ----
 * Printed as CPython does: the File/line, the source text and carets, and
 * "Kind: msg" -- from the instance's attributes, through kr_diag_print.
 * False when the attributes do not allow it (then the plain form is used). */
static const char *syntax_attr_utf8(Thread *th, Value exc, const char *name)
{
    Dict *d = ((Exc *)kr_as_obj(exc))->dict;
    Str *n = kr_str_intern_cstr(th, name);
    Value v = d && n ? kr_dict_get_str(d, n) : KR_VALUE_NULL;
    size_t len;
    return v && kr_is_str(v) ? kr_str_utf8(th, kr_as_str(v), &len) : NULL;
}

static int syntax_attr_int(Thread *th, Value exc, const char *name)
{
    Dict *d = ((Exc *)kr_as_obj(exc))->dict;
    Str *n = kr_str_intern_cstr(th, name);
    Value v = d && n ? kr_dict_get_str(d, n) : KR_VALUE_NULL;
    return v && kr_is_smallint(v) ? (int)kr_as_smallint(v) : 0;
}

static bool print_syntax_error(Thread *th, Value exc, FILE *out)
{
    SyntaxErr e;
    memset(&e, 0, sizeof e);
    const char *file = syntax_attr_utf8(th, exc, "filename");
    e.msg = syntax_attr_utf8(th, exc, "msg");
    if (!file || !e.msg) {
        kr_err_clear(th);
        return false;
    }
    Type *t = kr_type_of(exc);
    e.kind = t == &kr_exc_IndentationError ? SYNERR_INDENTATION
           : t == &kr_exc_TabError ? SYNERR_TAB : SYNERR_SYNTAX;
    if (t != &kr_exc_SyntaxError && e.kind == SYNERR_SYNTAX)
        return false;       /* a subclass: its own name is printed the plain way */
    e.lineno = syntax_attr_int(th, exc, "lineno");
    e.offset = syntax_attr_int(th, exc, "offset");
    e.end_lineno = syntax_attr_int(th, exc, "end_lineno");
    e.end_offset = syntax_attr_int(th, exc, "end_offset");
    e.text = syntax_attr_utf8(th, exc, "text");
    kr_err_clear(th);
    kr_diag_print(out, file, &e);
    return true;
}

/* sys.tracebacklimit: how many entries a traceback prints (the innermost
 * ones); an int past C long is clamped, as CPython's PyTraceBack_Print. */
static int64_t tb_limit(Thread *th)
{
    Str *k = kr_str_intern_cstr(th, "tracebacklimit");
    Value v = k ? kr_dict_get_str(th->vm->sys_module->dict, k) : KR_VALUE_NULL;
    if (!v || !kr_is_int(v))
        return TB_LIMIT;
    if (kr_is_bool(v))
        return v == KR_TRUE;
    if (kr_is_bigint(v))    /* past the small ints: the sign is all that counts */
        return mpz_sgn(((BigInt *)kr_as_obj(v))->z) < 0 ? 0 : INT64_MAX;
    int64_t n = TB_LIMIT;
    if (kr_int_as_i64(th, v, &n) < 0)
        kr_err_clear(th);
    return n;
}

/* The "Traceback (most recent call last):" block's entries. */
static void print_tb(FILE *out, Value traceback, int64_t limit)
{
    /* CPython's tb_print_internal: only the innermost 1000 entries
     * (sys.tracebacklimit's default), and a run of one line repeated
     * prints three times, then "[Previous line repeated N more times]" */
    int64_t depth = 0;
    for (Value t = traceback; t != KR_NONE && kr_is_obj(t); t = ((Traceback *)kr_as_obj(t))->next)
        depth++;
    Value t = traceback;
    for (; depth > limit; depth--)
        t = ((Traceback *)kr_as_obj(t))->next;
    Code *last = NULL;
    int last_line = -1;
    int64_t cnt = 0;
    for (; t != KR_NONE && kr_is_obj(t);) {
        Traceback *tb = (Traceback *)kr_as_obj(t);
        Code *code = (Code *)kr_as_obj(tb->code);
        if (!last || tb->lineno != last_line || !kr_str_eq(code->filename, last->filename) ||
            !kr_str_eq(code->name, last->name)) {
            print_repeated(out, cnt);
            last = code;
            last_line = tb->lineno;
            cnt = 0;
        }
        if (++cnt <= TB_RECURSIVE_CUTOFF) {
            fputs("  File \"", out);
            print_str(out, code->filename);
            fprintf(out, "\", line %d, in ", tb->lineno);
            print_str(out, code->name);
            fputc('\n', out);
            print_source_line(out, code, tb->pc, tb->lineno);
        }
        t = tb->next;
    }
    print_repeated(out, cnt);
}

/* "Type: message". */
static void print_exc_only(Thread *th, Value exc, FILE *out)
{
    if (kr_isinstance_type(exc, &kr_exc_SyntaxError) && print_syntax_error(th, exc, out))
        return;
    Type *t = kr_type_of(exc);
    if (t->flags & KR_TYPE_HEAP) {
        Value mod = kr_dict_get_str(t->dict, KR_NAME(th, __module__));
        if (mod && kr_is_str(mod) && !kr_str_eq(kr_as_str(mod), KR_NAME(th, __main__)) &&
            strcmp((const char *)kr_as_str(mod)->data, "builtins") != 0) {
            print_str(out, kr_as_str(mod));
            fputc('.', out);
        }
        print_str(out, t->qualname);
    } else {
        fputs(t->name, out);
    }
    Value s = kr_object_str(th, exc);
    if (!s) {
        kr_err_clear(th);
        fputs(": <exception str() failed>", out);
    } else if (kr_as_str(s)->len) {
        fputs(": ", out);
        print_str(out, kr_as_str(s));
    }
    /* the suggestion follows even a failed str() (CPython's print_exception) */
    Value hint = kr_exc_suggestion(th, exc);
    if (hint) {
        fputs(". Did you mean: '", out);
        print_str(out, kr_as_str(hint));
        fputs("'?", out);
    }
    fputc('\n', out);
}

/* ---- exception groups ---------------------------------------------------------- */

/* Inside a group, every line is indented two spaces per level and gets a
 * margin character ("| ", or "+ " on a group's first line), as
 * traceback.py's _ExceptionPrintContext.emit does.  Text is rendered
 * into a memory stream first, then written out line by line. */
typedef struct PrintCtx {
    FILE *out;
    int depth;                  /* exception_group_depth */
    bool need_close;
    List *seen;                 /* exceptions printed: a cause or context
                                   already shown is not shown again */
} PrintCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void emit(PrintCtx *ctx, const char *text, size_t len, char margin)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        fprintf(ctx->out, "%*s", 2 * ctx->depth, "");
        if (ctx->depth)
            fprintf(ctx->out, "%c ", margin);
        fwrite(text + i, 1, j - i + (j < len), ctx->out);
        i = j + 1;
    }
}

static void emit_str(PrintCtx *ctx, const char *text, char margin)
{
    emit(ctx, text, strlen(text), margin);
}

static void margin(PrintCtx *ctx)
{
    fprintf(ctx->out, "%*s", 2 * ctx->depth, "");
    if (ctx->depth)
        fputs("| ", ctx->out);
}

/* One note: each of its lines (str.splitlines(keepends=True)) after a
 * margin, then a newline -- so an empty note is a bare empty line. */
static void print_note(Thread *th, PrintCtx *ctx, Str *note)
{
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, note);
    size_t i = 0;
    while (i < b.len) {
        size_t j = i;
        while (j < b.len && b.data[j] != '\n' && b.data[j] != '\r')
            j++;
        if (j < b.len)
            j += (b.data[j] == '\r' && j + 1 < b.len && b.data[j + 1] == '\n') ? 2 : 1;
        margin(ctx);
        fwrite(b.data + i, 1, j - i, ctx->out);
        i = j;
    }
    fputc('\n', ctx->out);
    kr_buf_free(&b);
}

/* __notes__ under the message: each note's str(); a non-sequence
 * __notes__ prints as its repr, with no newline (3.11 does so). */
static void print_notes(Thread *th, Value exc, PrintCtx *ctx)
{
    Dict *d = kr_is_exc(exc) ? ((Exc *)kr_as_obj(exc))->dict : NULL;
    Value notes = d ? kr_dict_get_str(d, KR_NAME(th, __notes__)) : KR_VALUE_NULL;
    if (!notes)
        return;
    Type *nt = kr_type_of(notes);
    if (!nt->getitem || (nt->flags & KR_TYPE_DICT_SUBCLASS)) {
        Value r = kr_object_repr(th, notes);
        margin(ctx);
        if (r)
            print_str(ctx->out, kr_as_str(r));
        else
            kr_err_clear(th), fputs("<__notes__ repr() failed>", ctx->out);
        return;
    }
    List *l = kr_list_from_iterable(th, notes);
    for (int64_t i = 0; l && i < l->size; i++) {
        Value s = kr_object_str(th, l->items[i]);
        if (s) {
            print_note(th, ctx, kr_as_str(s));
        } else {
            kr_err_clear(th);
            margin(ctx);
            fputs("<note str() failed>\n", ctx->out);
        }
    }
    if (!l)
        kr_err_clear(th);
}

/* Run a printer into a memory stream and emit its output with margins. */
#define EMIT_RENDERED(ctx, margin, call)                                    \
    do {                                                                    \
        char *buf_ = NULL;                                                  \
        size_t len_ = 0;                                                    \
        FILE *out = open_memstream(&buf_, &len_);                           \
        if (!out)                                                           \
            break;                                                          \
        call;                                                               \
        fclose(out);                                                        \
        emit((ctx), buf_, len_, (margin));                                  \
        free(buf_);                                                         \
    } while (0)

static void print_chain(Thread *th, Value exc, PrintCtx *ctx, int depth);

static void print_group(Thread *th, Value exc, PrintCtx *ctx)
{
    Exc *e = (Exc *)kr_as_obj(exc);
    bool toplevel = ctx->depth == 0;
    if (toplevel)
        ctx->depth = 1;
    int64_t limit = tb_limit(th);
    if (e->traceback != KR_NONE && limit > 0) {
        emit_str(ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        EMIT_RENDERED(ctx, '|', print_tb(out, e->traceback, limit));
    }
    EMIT_RENDERED(ctx, '|', print_exc_only(th, exc, out));
    print_notes(th, exc, ctx);
    Tuple *excs = kr_as_tuple(((ExcGroup *)e)->excs);
    int64_t n = excs->size <= MAX_GROUP_WIDTH ? excs->size : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            ctx->need_close = true;   /* a nested group may draw the closing line */
        bool truncated = i >= MAX_GROUP_WIDTH;
        fprintf(ctx->out, "%*s%s+---------------- ", 2 * ctx->depth, "", i == 0 ? "+-" : "  ");
        if (truncated)
            fputs("...", ctx->out);
        else
            fprintf(ctx->out, "%lld", (long long)(i + 1));
        fputs(" ----------------\n", ctx->out);
        ctx->depth++;
        if (!truncated) {
            print_chain(th, excs->items[i], ctx, 0);
        } else {
            int64_t more = excs->size - MAX_GROUP_WIDTH;
            char line[96];
            snprintf(line, sizeof line, "and %lld more exception%s\n", (long long)more,
                     more > 1 ? "s" : "");
            emit_str(ctx, line, '|');
        }
        if (last && ctx->need_close) {
            fprintf(ctx->out, "%*s+------------------------------------\n", 2 * ctx->depth, "");
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (toplevel)
        ctx->depth = 0;
}

/* One exception, without its chain. */
static void print_body(Thread *th, Value exc, PrintCtx *ctx)
{
    if (!kr_exception_is_group(exc)) {
        Value tb = kr_is_exc(exc) ? ((Exc *)kr_as_obj(exc))->traceback : KR_NONE;
        int64_t limit = tb_limit(th);
        if (tb != KR_NONE && limit > 0)
            EMIT_RENDERED(ctx, '|', (fputs("Traceback (most recent call last):\n", out),
                                     print_tb(out, tb, limit)));
        EMIT_RENDERED(ctx, '|', print_exc_only(th, exc, out));
        print_notes(th, exc, ctx);
    } else if (ctx->depth > MAX_GROUP_DEPTH) {
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_str(ctx, line, '|');
    } else {
        print_group(th, exc, ctx);
    }
}

static bool seen(const PrintCtx *ctx, Value exc)
{
    for (int64_t i = 0; ctx->seen && i < ctx->seen->size; i++)
        if (ctx->seen->items[i] == exc)
            return true;
    return false;
}

/* A cause or context: a group inside it must not consume the enclosing
 * group's pending closing line (CPython's print_chained keeps need_close). */
static void print_chained(Thread *th, Value exc, PrintCtx *ctx, int depth)
{
    bool need_close = ctx->need_close;
    print_chain(th, exc, ctx, depth);
    ctx->need_close = need_close;
}

/* exc after its cause or context (CPython's print_exception_recursive). */
static void print_chain(Thread *th, Value exc, PrintCtx *ctx, int depth)
{
    if (ctx->seen && kr_list_append(th, ctx->seen, exc) < 0)
        kr_err_clear(th);
    if (depth < 100 && kr_is_exc(exc)) {
        Exc *e = (Exc *)kr_as_obj(exc);
        if (e->cause != KR_NONE) {
            if (!seen(ctx, e->cause)) {
                print_chained(th, e->cause, ctx, depth + 1);
                emit_str(ctx, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            }
        } else if (e->context != KR_NONE && !e->suppress_context && !seen(ctx, e->context)) {
            print_chained(th, e->context, ctx, depth + 1);
            emit_str(ctx, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
    print_body(th, exc, ctx);
}

Value kr_vm_exception_text(Thread *th, Value exc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    PrintCtx ctx = {out, 0, false, kr_list_new(th, 0)};
    if (!ctx.seen)
        kr_err_clear(th);
    print_chain(th, exc, &ctx, 0);
    fclose(out);
    Str *s = kr_str_from_utf8(th, buf, (int64_t)len);
    free(buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

void kr_vm_print_exception(Thread *th, Value exc)
{
    kr_vm_flush_stdout(th);
    PrintCtx ctx = {stderr, 0, false, kr_list_new(th, 0)};
    if (!ctx.seen)
        kr_err_clear(th);
    print_chain(th, exc, &ctx, 0);
    fflush(stderr);
}
