/*
 * compile_match.c -- the match statement (PEP 634) to register code, with
 * CPython 3.11's semantics and compile-time errors.
 *
 * The subject is evaluated once into a temporary.  Each case compiles its
 * pattern as a chain of tests on registers, every failing test jumping to
 * the case's `fail` list (the next case); then the captured names are
 * stored, the guard is tested, and the body runs.
 *
 * CAPTURES ARE DEFERRED.  3.11 binds a pattern's names only once the whole
 * pattern has matched (before the guard runs): `case [x, 3]` against
 * [1, 2] leaves x unbound.  So a capture first copies its value into a
 * register of the case's capture pool -- contiguous temporaries taken
 * before the pattern is compiled, one per name the pattern can bind --
 * and the stores into the real variables follow the last test.
 *
 * OR-PATTERNS.  Every alternative must bind the same names; the first
 * alternative's captures fix a register per name and the later ones
 * capture into the same registers, so whichever alternative matched, the
 * values are where the stores expect them.
 *
 * ERROR LOCATIONS.  CPython reports "multiple assignments to name" and
 * "alternative patterns bind different names" at its compiler's current
 * location, which is the pattern node most recently entered (a subpattern
 * does not restore its parent's).  PatCtx.loc reproduces that.
 */
#include "compile/compiler.h"

#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "objects/exception.h"
#include "objects/tuple.h"
#include "vm/errors.h"

typedef struct Capture {
    const char *name;
    int reg;
} Capture;

typedef struct PatCtx {
    Capture *caps;              /* names bound so far, in order (arena) */
    int ncaps, capcaps;
    const Capture *forced;      /* or-pattern: registers fixed by alternative 0 */
    int nforced;
    int *pool;                  /* next free register of the capture pool */
    PatchList *fail;            /* jumps taken when the pattern fails */
    bool allow_irrefutable;     /* a bare capture or `_` is allowed here */
    Loc loc;                    /* CPython's current location (see above) */
} PatCtx;

static void pattern(Compiler *c, Pattern *p, int subj, PatCtx *pc);

static KR_NORETURN void error_at(Compiler *c, Loc l, const char *msg)
{
    kr_emit_syntax_error(c, msg, l.lineno, l.col, l.end_lineno, l.end_col);
}

/* A message naming an identifier (of any length), in the arena. */
static const char *with_name(Compiler *c, const char *fmt, const char *name)
{
    size_t n = strlen(fmt) + strlen(name) + 1;
    char *msg = kr_arena_alloc(c->arena, n);
    snprintf(msg, n, fmt, name);
    return msg;
}

static Loc loc_of(const Pattern *p)
{
    return (Loc){p->lineno, p->col_offset, p->end_lineno, p->end_col_offset};
}

static bool is_wildcard(const Pattern *p)
{
    return p->kind == K_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(const Pattern *p)
{
    return p->kind == K_MatchStar && !p->v.MatchStar.name;
}

/* How many names a pattern can bind, or-alternatives counted separately:
 * the size of the capture pool it needs. */
static int count_names(const Pattern *p)
{
    int n = 0;
    const PatternSeq *subs = NULL, *more = NULL;
    switch (p->kind) {
    case K_MatchAs:
        return (p->v.MatchAs.name != NULL) + (p->v.MatchAs.pattern ? count_names(p->v.MatchAs.pattern) : 0);
    case K_MatchStar:
        return p->v.MatchStar.name != NULL;
    case K_MatchSequence: subs = p->v.MatchSequence.patterns; break;
    case K_MatchOr: subs = p->v.MatchOr.patterns; break;
    case K_MatchMapping:
        subs = p->v.MatchMapping.patterns;
        n = p->v.MatchMapping.rest != NULL;
        break;
    case K_MatchClass:
        subs = p->v.MatchClass.patterns;
        more = p->v.MatchClass.kwd_patterns;
        break;
    default:
        return 0;
    }
    for (int i = 0; subs && i < subs->n; i++)
        n += count_names(subs->items[i]);
    for (int i = 0; more && i < more->n; i++)
        n += count_names(more->items[i]);
    return n;
}

static const Capture *find_capture(const Capture *caps, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(caps[i].name, name) == 0)
            return &caps[i];
    return NULL;
}

/* Bind `name` to the value in register src.  `owned`: src is already a
 * pool register holding the value for good (an or-pattern's result). */
static void capture(Compiler *c, PatCtx *pc, const char *name, int src, bool owned)
{
    if (strcmp(name, "__debug__") == 0)
        error_at(c, pc->loc, "cannot assign to __debug__");
    if (find_capture(pc->caps, pc->ncaps, name))
        error_at(c, pc->loc, with_name(c, "multiple assignments to name '%s' in pattern", name));
    const Capture *f = find_capture(pc->forced, pc->nforced, name);
    int reg = f ? f->reg : owned ? src : (*pc->pool)++;
    if (reg != src)
        kr_emit_op(c, OP_MOVE, 0, (unsigned)reg, (unsigned)src, 0);
    if (pc->ncaps == pc->capcaps) {
        int cap = pc->capcaps ? 2 * pc->capcaps : 8;
        Capture *n = kr_arena_alloc(c->arena, sizeof(Capture) * (size_t)cap);
        if (pc->ncaps)
            memcpy(n, pc->caps, sizeof(Capture) * (size_t)pc->ncaps);
        pc->caps = n;
        pc->capcaps = cap;
    }
    pc->caps[pc->ncaps++] = (Capture){name, reg};
}

/* Fail the pattern unless register r holds a true value. */
static void fail_unless(Compiler *c, PatCtx *pc, int r)
{
    kr_emit_patchlist_add(pc->fail, kr_emit_jump(c, OP_JUMP_IF_FALSE, (unsigned)r));
}

/* A subpattern: captures and wildcards are always allowed inside. */
static void subpattern(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, subj, pc);
    pc->allow_irrefutable = allow;
}

/* ---- values -------------------------------------------------------------------- */

/* A value pattern and a mapping key are literals (folded, as CPython's
 * AST optimizer folds -1 and 1+2j) or dotted names. */
static bool is_value_expr(const Expr *e)
{
    return e->kind == K_Constant || e->kind == K_Attribute || e->kind == K_UnaryOp ||
           e->kind == K_BinOp;
}

/* The constant a literal key folds to, or NULL for a dotted name. */
static Value literal_value(Compiler *c, Expr *e)
{
    Thread *th = c->th;
    Value v = KR_VALUE_NULL;
    if (e->kind == K_Constant) {
        return kr_comp_const(c, e->v.Constant.value);
    } else if (e->kind == K_UnaryOp) {
        Value x = literal_value(c, e->v.UnaryOp.operand);
        if (!x || !(v = kr_object_neg(th, x)))
            kr_emit_fail(c);
    } else if (e->kind == K_BinOp) {
        Value l = literal_value(c, e->v.BinOp.left), r = literal_value(c, e->v.BinOp.right);
        if (!l || !r)
            kr_emit_fail(c);
        v = kr_object_binop(th, l, r, e->v.BinOp.op == K_Add ? KR_OP_ADD : KR_OP_SUB);
        if (!v)
            kr_emit_fail(c);
    }
    return v;
}

static void pattern_value(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    Expr *value = p->v.MatchValue.value;
    if (!is_value_expr(value))
        error_at(c, loc_of(p), "patterns may only match literals and attribute lookups");
    int save = c->u->top;
    int v = kr_comp_expr(c, value);
    int t = kr_emit_reg(c);
    KR_SET_LOC(c->u, p);
    kr_emit_op(c, OP_COMPARE_OP, KR_EQ, (unsigned)t, (unsigned)subj, (unsigned)v);
    fail_unless(c, pc, t);
    kr_emit_free_to(c, save);
}

static void pattern_singleton(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    int save = c->u->top;
    int k = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)k,
               kr_emit_const(c, kr_comp_const(c, p->v.MatchSingleton.value)), 0);
    kr_emit_op(c, OP_IS_OP, 0, (unsigned)k, (unsigned)subj, (unsigned)k);
    fail_unless(c, pc, k);
    kr_emit_free_to(c, save);
}

/* ---- captures and alternatives ----------------------------------------------------- */

static void pattern_as(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    const char *name = p->v.MatchAs.name;
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable)
            error_at(c, loc_of(p), name ? with_name(c, "name capture '%s' makes remaining patterns unreachable", name)
                                        : "wildcard makes remaining patterns unreachable");
    } else {
        pattern(c, p->v.MatchAs.pattern, subj, pc);
    }
    if (name)
        capture(c, pc, name, subj, false);
}

static bool same_names(const Capture *a, int na, const Capture *b, int nb)
{
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (!find_capture(b, nb, a[i].name))
            return false;
    return true;
}

static void pattern_or(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    PatternSeq *alts = p->v.MatchOr.patterns;
    PatchList matched = {0};
    const Capture *control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < alts->n; i++) {
        PatchList fail = {0};
        PatCtx alt = {.forced = control, .nforced = ncontrol, .pool = pc->pool, .fail = &fail,
                      .allow_irrefutable = i == alts->n - 1 && pc->allow_irrefutable,
                      .loc = pc->loc};
        pattern(c, alts->items[i], subj, &alt);
        pc->loc = alt.loc;
        if (i == 0) {
            control = alt.caps;
            ncontrol = alt.ncaps;
        } else if (!same_names(control, ncontrol, alt.caps, alt.ncaps)) {
            error_at(c, pc->loc, "alternative patterns bind different names");
        }
        kr_emit_patchlist_add(&matched, kr_emit_jump(c, OP_JUMP, 0));
        kr_emit_patch_list(c, &fail, kr_emit_pc(c));
    }
    kr_emit_patchlist_add(pc->fail, kr_emit_jump(c, OP_JUMP, 0));
    kr_emit_patch_list(c, &matched, kr_emit_pc(c));
    for (int i = 0; i < ncontrol; i++)
        capture(c, pc, control[i].name, control[i].reg, true);
}

/* ---- sequences ------------------------------------------------------------------- */

/* Fail unless len(subj) is n (exact) or at least n. */
static void check_len(Compiler *c, PatCtx *pc, int subj, int64_t n, bool exact)
{
    int save = c->u->top;
    int t = kr_emit_reg(c);
    kr_emit_op(c, OP_GET_LEN, 0, (unsigned)t, (unsigned)subj, 0);
    kr_emit_op(c, OP_COMPARE_OP_K, exact ? KR_EQ : KR_GE, (unsigned)t, (unsigned)t,
               kr_emit_const(c, kr_from_smallint(n)));
    fail_unless(c, pc, t);
    kr_emit_free_to(c, save);
}

/* Items around a `*_` are read by index, as in CPython: the subject is
 * not iterated.  After the star the index is len(subject) - k, not -k:
 * the subject may not support negative indexes. */
static void sequence_by_index(Compiler *c, PatternSeq *pats, int star, int subj, PatCtx *pc)
{
    for (int i = 0; i < pats->n; i++) {
        Pattern *sp = pats->items[i];
        if (i == star || is_wildcard(sp))
            continue;
        int save = c->u->top;
        int r = kr_emit_reg(c);
        if (i < star) {
            kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)r, kr_emit_const(c, kr_from_smallint(i)), 0);
        } else {
            kr_emit_op(c, OP_GET_LEN, 0, (unsigned)r, (unsigned)subj, 0);
            kr_emit_op(c, OP_BINARY_OP_K, KR_OP_SUB, (unsigned)r, (unsigned)r,
                       kr_emit_const(c, kr_from_smallint(pats->n - i)));
        }
        kr_emit_op(c, OP_GET_ITEM, 0, (unsigned)r, (unsigned)subj, (unsigned)r);
        subpattern(c, sp, r, pc);
        kr_emit_free_to(c, save);
    }
}

static void pattern_sequence(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    PatternSeq *pats = p->v.MatchSequence.patterns;
    int n = pats ? pats->n : 0;
    int star = -1;
    bool star_wildcard = false, only_wildcard = true;
    for (int i = 0; i < n; i++) {
        Pattern *sp = pats->items[i];
        if (sp->kind == K_MatchStar) {
            if (star >= 0)
                error_at(c, loc_of(p), "multiple starred names in sequence pattern");
            star = i;
            star_wildcard = is_star_wildcard(sp);
        }
        only_wildcard &= is_wildcard(sp) || is_star_wildcard(sp);
    }
    int save = c->u->top;
    int t = kr_emit_reg(c);
    KR_SET_LOC(c->u, p);
    kr_emit_op(c, OP_MATCH_SEQUENCE, 0, (unsigned)t, (unsigned)subj, 0);
    fail_unless(c, pc, t);
    if (star < 0)
        check_len(c, pc, subj, n, true);
    else if (n - 1 > 0)
        check_len(c, pc, subj, n - 1, false);
    if (only_wildcard) {
        /* nothing to look at */
    } else if (star_wildcard) {
        sequence_by_index(c, pats, star, subj, pc);
    } else {
        int items = kr_emit_regs(c, n);
        KR_SET_LOC(c->u, p);
        if (star < 0)
            kr_emit_op(c, OP_UNPACK, 0, (unsigned)items, (unsigned)subj, (unsigned)n);
        else
            kr_emit_op(c, OP_UNPACK_EX, (unsigned)star, (unsigned)items, (unsigned)subj, (unsigned)n);
        for (int i = 0; i < n; i++) {
            Pattern *sp = pats->items[i];
            if (sp->kind == K_MatchStar) {
                pc->loc = loc_of(sp);
                if (sp->v.MatchStar.name)
                    capture(c, pc, sp->v.MatchStar.name, items + i, false);
            } else {
                subpattern(c, sp, items + i, pc);
            }
        }
    }
    kr_emit_free_to(c, save);
}

/* ---- mappings -------------------------------------------------------------------- */

/* Literal keys must differ (a compile-time error in 3.11). */
static void check_duplicate_keys(Compiler *c, Pattern *p, ExprSeq *keys)
{
    Thread *th = c->th;
    Dict *seen = kr_dict_new(th);
    if (!seen)
        kr_emit_fail(c);
    for (int i = 0; keys && i < keys->n; i++) {
        Expr *k = keys->items[i];
        if (!is_value_expr(k))
            error_at(c, loc_of(p), "mapping pattern keys may only match literals and attribute lookups");
        if (k->kind == K_Attribute)
            continue;
        Value v = literal_value(c, k);
        Value old = kr_dict_get(th, seen, v);
        if (!old && kr_err_occurred(th))
            kr_emit_fail(c);
        if (old) {
            Value r = kr_object_repr(th, v);
            size_t len;
            const char *s = r ? kr_str_utf8(th, kr_as_str(r), &len) : NULL;
            if (!s)
                kr_emit_fail(c);
            size_t cap = len + 64;
            char *msg = kr_arena_alloc(c->arena, cap);
            snprintf(msg, cap, "mapping pattern checks duplicate key (%s)", s);
            error_at(c, loc_of(p), msg);
        }
        if (kr_dict_set(th, seen, v, KR_TRUE) < 0)
            kr_emit_fail(c);
    }
}

static void pattern_mapping(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    ExprSeq *keys = p->v.MatchMapping.keys;
    PatternSeq *pats = p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    int n = keys ? keys->n : 0;
    int save = c->u->top;
    int t = kr_emit_reg(c);
    KR_SET_LOC(c->u, p);
    kr_emit_op(c, OP_MATCH_MAPPING, 0, (unsigned)t, (unsigned)subj, 0);
    fail_unless(c, pc, t);
    if (n == 0 && !rest) {
        kr_emit_free_to(c, save);
        return;
    }
    if (n)
        check_len(c, pc, subj, n, false);
    check_duplicate_keys(c, p, keys);
    int keytuple = kr_emit_reg(c);
    int k0 = kr_emit_regs(c, n);
    for (int i = 0; i < n; i++)
        kr_comp_expr_to(c, keys->items[i], k0 + i);
    KR_SET_LOC(c->u, p);
    kr_emit_op(c, OP_BUILD_TUPLE, 0, (unsigned)keytuple, (unsigned)k0, (unsigned)n);
    if (n) {
        kr_emit_op(c, OP_MATCH_KEYS, 0, (unsigned)t, (unsigned)subj, (unsigned)keytuple);
        int none = k0;
        kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)none, kr_emit_const(c, KR_NONE), 0);
        kr_emit_op(c, OP_IS_OP, 1, (unsigned)none, (unsigned)t, (unsigned)none);
        fail_unless(c, pc, none);
        kr_emit_op(c, OP_UNPACK, 0, (unsigned)k0, (unsigned)t, (unsigned)n);
        for (int i = 0; i < n; i++)
            subpattern(c, pats->items[i], k0 + i, pc);
    }
    if (rest) {
        KR_SET_LOC(c->u, p);
        kr_emit_op(c, OP_COPY_DICT_WITHOUT_KEYS, 0, (unsigned)t, (unsigned)subj, (unsigned)keytuple);
        capture(c, pc, rest, t, false);
    }
    kr_emit_free_to(c, save);
}

/* ---- classes --------------------------------------------------------------------- */

static unsigned kwd_names(Compiler *c, Pattern *p)
{
    IdentifierSeq *attrs = p->v.MatchClass.kwd_attrs;
    int n = attrs ? attrs->n : 0;
    Tuple *t = kr_tuple_new(c->th, n);
    if (!t)
        kr_emit_fail(c);
    /* CPython's order: each name is checked, then compared with the later ones */
    for (int i = 0; i < n; i++) {
        if (strcmp(attrs->items[i], "__debug__") == 0)
            error_at(c, loc_of(p->v.MatchClass.kwd_patterns->items[i]), "cannot assign to __debug__");
        for (int j = i + 1; j < n; j++) {
            if (strcmp(attrs->items[i], attrs->items[j]) == 0)
                error_at(c, loc_of(p->v.MatchClass.kwd_patterns->items[j]),
                         with_name(c, "attribute name repeated in class pattern: %s", attrs->items[i]));
        }
    }
    for (int i = 0; i < n; i++) {
        Str *s = kr_str_intern_cstr(c->th, attrs->items[i]);
        if (!s)
            kr_emit_fail(c);
        t->items[i] = kr_from_obj(s);
    }
    return kr_emit_const(c, kr_from_obj(t));
}

static void pattern_class(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    PatternSeq *pos = p->v.MatchClass.patterns, *kw = p->v.MatchClass.kwd_patterns;
    int npos = pos ? pos->n : 0, nkw = kw ? kw->n : 0;
    if (npos > 255) {
        kr_err_set_string(c->th, &kr_exc_SystemError, "too many positional sub-patterns in class pattern");
        kr_emit_fail(c);
    }
    unsigned names = kwd_names(c, p);
    int save = c->u->top;
    int r = kr_emit_reg(c);
    kr_comp_expr_to(c, p->v.MatchClass.cls, r);
    KR_SET_LOC(c->u, p);
    kr_emit_op(c, OP_MATCH_CLASS, (unsigned)npos, (unsigned)r, (unsigned)subj, names);
    int t = kr_emit_reg(c);
    kr_emit_op(c, OP_LOAD_CONST, 0, (unsigned)t, kr_emit_const(c, KR_NONE), 0);
    kr_emit_op(c, OP_IS_OP, 1, (unsigned)t, (unsigned)r, (unsigned)t);
    fail_unless(c, pc, t);
    kr_emit_free_to(c, r + 1);
    int items = kr_emit_regs(c, npos + nkw);
    if (npos + nkw)
        kr_emit_op(c, OP_UNPACK, 0, (unsigned)items, (unsigned)r, (unsigned)(npos + nkw));
    for (int i = 0; i < npos + nkw; i++) {
        Pattern *sp = i < npos ? pos->items[i] : kw->items[i - npos];
        if (!is_wildcard(sp))
            subpattern(c, sp, items + i, pc);
    }
    kr_emit_free_to(c, save);
}

static void pattern(Compiler *c, Pattern *p, int subj, PatCtx *pc)
{
    pc->loc = loc_of(p);
    KR_SET_LOC(c->u, p);
    switch (p->kind) {
    case K_MatchValue: pattern_value(c, p, subj, pc); break;
    case K_MatchSingleton: pattern_singleton(c, p, subj, pc); break;
    case K_MatchSequence: pattern_sequence(c, p, subj, pc); break;
    case K_MatchMapping: pattern_mapping(c, p, subj, pc); break;
    case K_MatchClass: pattern_class(c, p, subj, pc); break;
    case K_MatchAs: pattern_as(c, p, subj, pc); break;
    case K_MatchOr: pattern_or(c, p, subj, pc); break;
    case K_MatchStar:   /* only inside a sequence pattern (the parser ensures it) */
        break;
    }
}

/* ---- the statement ----------------------------------------------------------------- */

/* Store the captures into their variables, in the order they were bound. */
static void store_captures(Compiler *c, const PatCtx *pc, const MatchCase *m)
{
    for (int i = 0; i < pc->ncaps; i++) {
        Expr name;
        memset(&name, 0, sizeof name);
        name.kind = K_Name;
        name.v.Name.id = pc->caps[i].name;
        name.v.Name.ctx = K_Store;
        name.lineno = name.end_lineno = m->pattern->lineno;
        name.col_offset = m->pattern->col_offset;
        name.end_col_offset = m->pattern->end_col_offset;
        kr_comp_store(c, &name, pc->caps[i].reg);
    }
}

void kr_comp_match(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int save = u->top;
    int subj = kr_comp_expr(c, s->v.Match.subject);
    if (subj < u->nnamed) {
        /* a capture may rebind the variable: later cases need the subject */
        int t = kr_emit_reg(c);
        kr_emit_op(c, OP_MOVE, 0, (unsigned)t, (unsigned)subj, 0);
        subj = t;
    }
    bool *before = kr_arena_alloc(c->arena, (size_t)u->nnamed + 1);
    memcpy(before, u->assigned, (size_t)u->nnamed);
    PatchList end = {0};
    MatchCaseSeq *cases = s->v.Match.cases;
    for (int i = 0; i < cases->n; i++) {
        MatchCase *m = cases->items[i];
        int case_top = u->top;
        int pool = kr_emit_regs(c, count_names(m->pattern));
        PatchList fail = {0};
        PatCtx pc = {.pool = &pool, .fail = &fail,
                     .allow_irrefutable = m->guard != NULL || i == cases->n - 1};
        if (is_wildcard(m->pattern)) {
            /* trace: `case _:` has a line event, as CPython's NOP there */
            KR_SET_LOC(u, m->pattern);
            kr_emit_op(c, OP_NOP, 0, 0, 0, 0);
        }
        pattern(c, m->pattern, subj, &pc);
        store_captures(c, &pc, m);
        if (m->guard)
            kr_comp_jump_if(c, m->guard, false, &fail);
        kr_emit_free_to(c, case_top);
        kr_comp_stmts(c, m->body);
        if (i != cases->n - 1)
            kr_emit_patchlist_add(&end, kr_emit_jump(c, OP_JUMP, 0));
        kr_emit_patch_list(c, &fail, kr_emit_pc(c));
        memcpy(u->assigned, before, (size_t)u->nnamed);
    }
    kr_emit_patch_list(c, &end, kr_emit_pc(c));
    kr_emit_free_to(c, save);
}
