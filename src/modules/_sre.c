/*
 * _sre.c -- the `_sre` module under /usr/lib/python3.11/re: compile(),
 * the Pattern type with its scanning loops (search, findall, finditer,
 * split, sub), the Scanner, and the case helpers re._compiler calls.
 *
 * The matching itself is sre_engine.c's; this file turns Python arguments
 * into an SreState and the state's spans back into Python objects.  The
 * loops are CPython 3.11's (see sre_engine.h), so empty matches, group
 * lists in split and the literal-template shortcut of sub behave alike.
 * findall and sub build their lists directly from the spans: only
 * finditer, a callable repl and the match methods make Match objects.
 * Match lives in _sre_match.c.
 */
#include <stdlib.h>
#include <string.h>

#include "modules/_sre.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

extern Type kr_memoryview_type;
extern Type kr_sre_scanner_type, kr_sre_iter_type;

#define PATTERN(v) ((SrePattern *)kr_as_obj(v))
#define SRE_METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)

/* The flags Pattern.__repr__ spells out, in CPython's order. */
static const struct { const char *name; int64_t value; } flag_names[] = {
    {"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
    {"re.DOTALL", 16}, {"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128},
    {"re.ASCII", 256},
};
enum { FLAG_LOCALE = 4, FLAG_UNICODE = 32, FLAG_ASCII = 256 };

static Value pair_values(Thread *th, Value a, Value b)
{
    Tuple *t = kr_tuple_new(th, 2);
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = a;
    t->items[1] = b;
    return kr_from_obj(t);
}

/* ---- subjects ------------------------------------------------------------------- */

int kr_sre_subject(Thread *th, Value v, SreSubject *s)
{
    s->obj = s->src = v;
    if (kr_str_check(v)) {
        Str *str = kr_as_str(v);
        s->data = str->data;
        s->len = str->len;
        s->charsize = str->kind;
        s->isbytes = false;
        return 0;
    }
    if (!kr_bytes_like(v) && kr_buffer_check(v)) {      /* memoryview, array, mmap */
        Value b = kr_bytes_coerce(th, v);
        if (!b)
            return -1;
        s->src = b;
    } else if (!kr_bytes_like(v)) {
        kr_err_format(th, &kr_exc_TypeError, "expected string or bytes-like object, got '%s'",
                      kr_type_name(v));
        return -1;
    }
    ByteView *w = KR_BYTES_VIEW(s->src);
    s->data = w->data;
    s->len = w->len;
    s->charsize = 1;
    s->isbytes = true;
    return 0;
}

Value kr_sre_slice(Thread *th, const SreSubject *s, int64_t i, int64_t j)
{
    if (j < i)
        j = i;
    if (s->isbytes) {
        if (kr_is_bytes(s->src) && i == 0 && j == s->len)
            return s->src;
        return kr_bytes_value(kr_bytes_new(th, (const unsigned char *)s->data + i, j - i));
    }
    Str *str = kr_as_str(s->src);
    if (!kr_is_str(s->src) && i == 0 && j == s->len) {
        /* a str subclass whole: an exact str copy, as PyUnicode_Substring */
        Str *c = kr_str_alloc(th, str->len, str->kind, str->ascii);
        if (!c)
            return KR_VALUE_NULL;
        memcpy(c->data, str->data, (size_t)(str->len * str->kind));
        return kr_from_obj(c);
    }
    Str *r = kr_str_substr(th, str, i, j);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

Value kr_sre_re_attr(Thread *th, const char *name)
{
    Str *re = kr_str_intern_cstr(th, "re"), *n = kr_str_intern_cstr(th, name);
    Value m = re && n ? kr_vm_import(th, re, true) : KR_VALUE_NULL;
    return m ? kr_object_getattr(th, m, n) : KR_VALUE_NULL;
}

/* ---- one run of the engine ------------------------------------------------------- */

/* What the engine's interrupt hook needs: the thread whose pending
 * signal handlers it runs, and the subject those handlers might resize. */
typedef struct SreHook {
    Thread *th;
    const SreSubject *s;
} SreHook;

typedef struct Run {
    SrePattern *p;
    SreSubject s;
    SreState st;
    SreHook hook;
} Run;

/* Every KR_SRE_CHECK_INTERVAL engine steps: a safe point, as at a loop's
 * back edge -- the Python signal handlers run (so KeyboardInterrupt stops
 * a runaway match, as in CPython) and an instruction budget counts down.
 * A handler that resized a bytearray subject moved the data under the
 * engine: stop with CPython's BufferError rather than read it. */
static int sre_interrupt(void *arg)
{
    SreHook *h = arg;
    if (kr_vm_check_signals(h->th) < 0)
        return 1;
    if (h->s->isbytes && !kr_is_bytes(h->s->src)) {
        ByteView *w = KR_BYTES_VIEW(h->s->src);
        if (w->data != h->s->data || w->len != h->s->len) {
            kr_err_set_string(h->th, &kr_exc_BufferError,
                              "Existing exports of data: object cannot be re-sized");
            return 1;
        }
    }
    return 0;
}

static void hook_install(Thread *th, SreHook *hook, const SreSubject *s, SreState *st)
{
    hook->th = th;
    hook->s = s;
    st->interrupt = sre_interrupt;
    st->interrupt_arg = hook;
}

/* s from string, or TypeError when its kind differs from the pattern's. */
static int pattern_subject(Thread *th, const SrePattern *p, Value string, SreSubject *s)
{
    if (kr_sre_subject(th, string, s) < 0)
        return -1;
    if (s->isbytes && p->isbytes == 0) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (!s->isbytes && p->isbytes > 0) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    return 0;
}

/* The engine state of r over r->s (already set) for the window pos..endpos. */
static int run_start(Thread *th, Run *r, int64_t pos, int64_t endpos)
{
    if (!kr_sre_state_init(&r->st, r->s.data, r->s.len, r->s.charsize, pos, endpos,
                           r->p->groups)) {
        kr_err_no_memory(th);
        return -1;
    }
    /* The pattern's bitmaps serve every run on every thread: a slot is
     * published once, filled, and never changes (SreSharedBitmap). */
    if (r->p->setcache)
        kr_sre_state_share_cache(&r->st, r->p->setcache);
    hook_install(th, &r->hook, &r->s, &r->st);
    return 0;
}

static int run_init(Thread *th, Run *r, SrePattern *p, Value string, int64_t pos,
                    int64_t endpos)
{
    r->p = p;
    if (pattern_subject(th, p, string, &r->s) < 0)
        return -1;
    return run_start(th, r, pos, endpos);
}

/* Python code ran (a repl callable, or between scanner steps) and may
 * have resized a bytearray subject, moving its data: follow it and clip
 * the window (CPython forbids the resize while the buffer is exported). */
static void subject_refresh(SreSubject *s, SreState *st)
{
    if (!s->isbytes || kr_is_bytes(s->src))
        return;
    ByteView *w = KR_BYTES_VIEW(s->src);
    s->data = st->str = w->data;
    s->len = st->length = w->len;
    if (st->endpos > w->len)
        st->endpos = w->len;
    if (st->pos > w->len)
        st->pos = w->len;
    if (st->start > w->len)
        st->start = w->len;
    if (st->ptr > w->len)
        st->ptr = w->len;
}

/* An engine status below zero as the exception CPython's pattern_error sets. */
static void engine_error(Thread *th, int status)
{
    if (status == SRE_ERROR_MEMORY)
        kr_err_no_memory(th);
    else if (status != SRE_ERROR_INTERRUPTED || !kr_err_occurred(th))
        kr_err_set_string(th, &kr_exc_RuntimeError,
                          "internal error in regular expression engine");
}

/* The next match of a scanning loop: 1, 0 at the end, -1 on error. */
static int run_next(Thread *th, Run *r)
{
    if (r->st.start > r->st.endpos)
        return 0;
    kr_sre_state_reset(&r->st);
    int status = kr_sre_search(&r->st, r->p->code);
    if (status < 0) {
        engine_error(th, status);
        return -1;
    }
    return status;
}

/* After a match: where the next attempt starts (CPython's loop tail). */
static void run_advance(Run *r)
{
    r->st.must_advance = r->st.ptr == r->st.start;
    r->st.start = r->st.ptr;
}

/* Group g of the current match, or empty (a "" of the subject's type) or
 * None when it did not participate: findall's and split's items. */
static Value run_group(Thread *th, Run *r, size_t g, bool empty)
{
    ptrdiff_t a, b;
    kr_sre_span(&r->st, g, &a, &b);
    if (a < 0)
        return empty ? kr_sre_slice(th, &r->s, 0, 0) : KR_NONE;
    return kr_sre_slice(th, &r->s, a, b);
}

/* ---- Pattern: match, fullmatch, search -------------------------------------------- */

/* string, pos=0, endpos=sys.maxsize */
static int window_args(Thread *th, const char *fname, const Value *args, size_t nargs,
                       Tuple *kw, Value *string, int64_t *pos, int64_t *endpos)
{
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    Value v[3] = {0};
    if (nargs == 2 && (!kw || !kw->size)) {     /* p.match(s): nothing to parse */
        *string = args[1];
        *pos = 0;
        *endpos = INT64_MAX;
        return 0;
    }
    if (kr_libutil_parse(th, fname, args + 1, nargs - 1, kw, names, 0, 1, v) < 0)
        return -1;
    *string = v[0];
    *pos = 0;
    *endpos = INT64_MAX;
    if (v[1] && kr_libutil_as_ssize(th, v[1], pos) < 0)
        return -1;
    if (v[2] && kr_libutil_as_ssize(th, v[2], endpos) < 0)
        return -1;
    return 0;
}

enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

static Value match_mode(Thread *th, const char *fname, const Value *args, size_t nargs,
                        Tuple *kw, int mode)
{
    Value string;
    int64_t pos, endpos;
    Run r;
    if (window_args(th, fname, args, nargs, kw, &string, &pos, &endpos) < 0 ||
        run_init(th, &r, PATTERN(args[0]), string, pos, endpos) < 0)
        return KR_VALUE_NULL;
    r.st.match_all = mode == MODE_FULLMATCH;
    int status = mode == MODE_SEARCH ? kr_sre_search(&r.st, r.p->code)
                                     : kr_sre_match(&r.st, r.p->code);
    Value res = KR_NONE;
    if (status > 0) {
        res = kr_sre_match_new(th, r.p, &r.s, &r.st);
    } else if (status < 0) {
        engine_error(th, status);
        res = KR_VALUE_NULL;
    }
    kr_sre_state_fini(&r.st);
    return res;
}

SRE_METHOD(pattern_match) { return match_mode(th, "match", args, nargs, kw, MODE_MATCH); }
SRE_METHOD(pattern_fullmatch)
{
    return match_mode(th, "fullmatch", args, nargs, kw, MODE_FULLMATCH);
}
SRE_METHOD(pattern_search) { return match_mode(th, "search", args, nargs, kw, MODE_SEARCH); }

/* ---- findall, split, sub ----------------------------------------------------------- */

static Value findall_item(Thread *th, Run *r)
{
    if (r->p->groups == 0)
        return kr_sre_slice(th, &r->s, r->st.start, r->st.ptr);
    if (r->p->groups == 1)
        return run_group(th, r, 1, true);
    Tuple *t = kr_tuple_new(th, (int64_t)r->p->groups);
    if (!t)
        return KR_VALUE_NULL;
    for (size_t g = 1; g <= r->p->groups; g++)
        if (!(t->items[g - 1] = run_group(th, r, g, true)))
            return KR_VALUE_NULL;
    return kr_from_obj(t);
}

SRE_METHOD(pattern_findall)
{
    Value string;
    int64_t pos, endpos;
    Run r;
    if (window_args(th, "findall", args, nargs, kw, &string, &pos, &endpos) < 0 ||
        run_init(th, &r, PATTERN(args[0]), string, pos, endpos) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    int status = out ? 0 : -1;
    while (out && (status = run_next(th, &r)) > 0) {
        Value item = findall_item(th, &r);
        if (!item || kr_list_append(th, out, item) < 0) {
            status = -1;
            break;
        }
        run_advance(&r);
    }
    kr_sre_state_fini(&r.st);
    return status < 0 ? KR_VALUE_NULL : kr_from_obj(out);
}

SRE_METHOD(pattern_split)
{
    static const char *const names[] = {"string", "maxsplit", NULL};
    Value v[2] = {0};
    int64_t maxsplit = 0;
    Run r;
    if (kr_libutil_parse(th, "split", args + 1, nargs - 1, kw, names, 0, 1, v) < 0 ||
        (v[1] && kr_libutil_as_ssize(th, v[1], &maxsplit) < 0) ||
        run_init(th, &r, PATTERN(args[0]), v[0], 0, INT64_MAX) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    int status = out ? 0 : -1;
    int64_t n = 0, last = r.st.start;
    while (out && (!maxsplit || n < maxsplit) && (status = run_next(th, &r)) > 0) {
        Value item = kr_sre_slice(th, &r.s, last, r.st.start);
        status = item && kr_list_append(th, out, item) == 0 ? 1 : -1;
        for (size_t g = 1; status > 0 && g <= r.p->groups; g++) {
            item = run_group(th, &r, g, false);
            status = item && kr_list_append(th, out, item) == 0 ? 1 : -1;
        }
        if (status < 0)
            break;
        n++;
        run_advance(&r);
        last = r.st.start;
    }
    if (status >= 0) {
        Value item = kr_sre_slice(th, &r.s, last, r.st.endpos);
        if (!item || kr_list_append(th, out, item) < 0)
            status = -1;
    }
    kr_sre_state_fini(&r.st);
    return status < 0 ? KR_VALUE_NULL : kr_from_obj(out);
}

/* A template without backslashes is used as it is; anything else goes
 * through re._subx, which returns the literal or a filter function. */
static Value sub_filter(Thread *th, Value pattern, Value repl, bool *is_callable)
{
    *is_callable = kr_type_of(repl)->call != NULL;
    if (*is_callable)
        return repl;
    SreSubject t;
    if (kr_sre_subject(th, repl, &t) == 0) {
        bool literal = true;
        for (int64_t i = 0; i < t.len && literal; i++) {
            uint32_t c = t.charsize == 1 ? ((const uint8_t *)t.data)[i]
                       : t.charsize == 2 ? ((const uint16_t *)t.data)[i]
                                         : ((const uint32_t *)t.data)[i];
            literal = c != '\\';
        }
        if (literal)
            return repl;
    } else {
        kr_err_clear(th);
    }
    Value fn = kr_sre_re_attr(th, "_subx");
    Value argv[2] = {pattern, repl};
    Value f = fn ? kr_vm_call(th, fn, argv, 2, NULL) : KR_VALUE_NULL;
    if (f)
        *is_callable = kr_type_of(f)->call != NULL;
    return f;
}

/*
 * sub's result is its pieces joined: the subject's text between matches
 * and the replacements.  On a str subject the text between matches is not
 * sliced out: the piece list holds None in its place (None is never a
 * piece: a repl that returns None adds nothing) and the spans wait here,
 * in order, until the join copies them straight from the subject.  That
 * saves a str per segment -- for re.sub(..., count=1), the whole tail of
 * the line -- allocated, copied once, and dropped.  Plain integers, so
 * malloc'ed memory is fine (gc.h).
 */
typedef struct Spans {
    int64_t *v;             /* start, end of each segment */
    size_t n, cap;          /* in int64_t */
    int64_t inline_v[16];
} Spans;

static void spans_init(Spans *sp)
{
    sp->v = sp->inline_v;
    sp->n = 0;
    sp->cap = KR_ARRAY_LEN(sp->inline_v);
}

static void spans_fini(Spans *sp)
{
    if (sp->v != sp->inline_v)
        free(sp->v);
}

static int spans_push(Thread *th, Spans *sp, int64_t a, int64_t b)
{
    if (sp->n + 2 > sp->cap) {
        size_t cap = sp->cap * 2;
        int64_t *v = sp->v == sp->inline_v ? malloc(cap * sizeof *v)
                                           : realloc(sp->v, cap * sizeof *v);
        if (!v) {
            kr_err_no_memory(th);
            return -1;
        }
        if (sp->v == sp->inline_v)
            memcpy(v, sp->inline_v, sp->n * sizeof *v);
        sp->v = v;
        sp->cap = cap;
    }
    sp->v[sp->n++] = a;
    sp->v[sp->n++] = b;
    return 0;
}

/* The subject between i and j as a piece: a span on a str subject, a
 * slice on a bytes-like one (joined by bytes.join). */
static int sub_segment(Thread *th, Run *r, List *out, Spans *sp, int64_t i, int64_t j)
{
    if (!r->s.isbytes) {
        if (spans_push(th, sp, i, j) < 0)
            return -1;
        return kr_list_append(th, out, KR_NONE);
    }
    Value item = kr_sre_slice(th, &r->s, i, j);
    return item ? kr_list_append(th, out, item) : -1;
}

/* The largest code point of s[a:b] (0 for an ASCII s: no scan). */
static uint32_t span_max(const Str *s, int64_t a, int64_t b)
{
    uint32_t m = 0;
    if (s->ascii)
        return 0;
    for (int64_t i = a; i < b; i++) {
        uint32_t c = kr_str_char(s, i);
        m = c > m ? c : m;
    }
    return m;
}

/* r[at:] = s[a:b], converting the width when it differs. */
static void put_span(Str *r, int64_t at, const Str *s, int64_t a, int64_t b)
{
    if (s->kind == r->kind) {
        memcpy(r->data + (size_t)at * r->kind, s->data + (size_t)a * s->kind,
               (size_t)(b - a) * s->kind);
        return;
    }
    for (int64_t i = a; i < b; i++, at++) {
        uint32_t c = kr_str_char(s, i);
        switch (r->kind) {
        case 1: r->data[at] = (unsigned char)c; break;
        case 2: ((uint16_t *)r->data)[at] = (uint16_t)c; break;
        default: ((uint32_t *)r->data)[at] = c; break;
        }
    }
}

/* ''.join of the pieces, reading the None pieces from the subject
 * (str.join's checks and message, with the item index CPython's list
 * would have). */
static Value sub_join_str(Thread *th, Str *subj, List *out, const Spans *sp)
{
    size_t n = (size_t)out->size, k = 0;
    int64_t total = 0;
    uint32_t maxc = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        Value v = out->items[i];
        if (v == KR_NONE) {
            int64_t a = sp->v[k++], b = sp->v[k++];
            uint32_t m = span_max(subj, a, b);
            maxc = m > maxc ? m : maxc;
            ascii = ascii && m < 0x80;
            total += b - a;
        } else if (!kr_str_check(v)) {
            return kr_err_type_error(th, "sequence item %zu: expected str instance, %s found",
                                     i, kr_type_name(v));
        } else {
            Str *s = kr_as_str(v);
            uint32_t m = s->kind == 1 ? (s->ascii ? 0 : 0xff) : s->kind == 2 ? 0xffff : 0x10ffff;
            maxc = m > maxc ? m : maxc;
            ascii = ascii && s->ascii;
            total += s->len;
        }
    }
    if (n == 1 && out->items[0] == KR_NONE) {      /* a slice: maybe the subject itself */
        Str *r = kr_str_substr(th, subj, sp->v[0], sp->v[1]);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    if (n == 1 && kr_is_str(out->items[0]))
        return out->items[0];       /* str.join gives a lone exact str back */
    int kind = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    Str *r = kr_str_alloc(th, total, kind, ascii);
    if (!r)
        return KR_VALUE_NULL;
    int64_t at = 0;
    k = 0;
    for (size_t i = 0; i < n; i++) {
        Value v = out->items[i];
        if (v == KR_NONE) {
            int64_t a = sp->v[k++], b = sp->v[k++];
            put_span(r, at, subj, a, b);
            at += b - a;
        } else {
            Str *s = kr_as_str(v);
            put_span(r, at, s, 0, s->len);
            at += s->len;
        }
    }
    return kr_from_obj(r);
}

/* The pieces joined with an empty bytes of the subject's type. */
static Value join_bytes_pieces(Thread *th, Run *r, List *pieces)
{
    Value empty = kr_sre_slice(th, &r->s, 0, 0);
    if (!empty || pieces->size == 0)
        return empty;
    Str *join = kr_str_intern_cstr(th, "join");
    Value fn = join ? kr_object_getattr(th, empty, join) : KR_VALUE_NULL;
    Value l = kr_from_obj(pieces);
    return fn ? kr_vm_call(th, fn, &l, 1, NULL) : KR_VALUE_NULL;
}

static Value subx(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw,
                  bool subn)
{
    static const char *const names[] = {"repl", "string", "count", NULL};
    Value v[3] = {0};
    int64_t count = 0;
    if (kr_libutil_parse(th, fname, args + 1, nargs - 1, kw, names, 0, 2, v) < 0 ||
        (v[2] && kr_libutil_as_ssize(th, v[2], &count) < 0))
        return KR_VALUE_NULL;
    bool is_callable;
    Value filter = sub_filter(th, args[0], v[0], &is_callable);
    Run r;
    if (!filter || run_init(th, &r, PATTERN(args[0]), v[1], 0, INT64_MAX) < 0)
        return KR_VALUE_NULL;
    Spans sp;
    spans_init(&sp);
    List *out = kr_list_new(th, 0);
    int status = out ? 0 : -1;
    int64_t n = 0, i = 0;
    while (out && (!count || n < count) && (status = run_next(th, &r)) > 0) {
        Value item = KR_NONE;
        if (i < r.st.start && sub_segment(th, &r, out, &sp, i, r.st.start) < 0)
            goto fail;
        if (is_callable) {
            Value m = kr_sre_match_new(th, r.p, &r.s, &r.st);
            item = m ? kr_vm_call(th, filter, &m, 1, NULL) : KR_VALUE_NULL;
            subject_refresh(&r.s, &r.st);
        } else {
            item = filter;
        }
        if (!item || (item != KR_NONE && kr_list_append(th, out, item) < 0))
            goto fail;
        i = r.st.ptr;
        n++;
        run_advance(&r);
    }
    if (status >= 0 && i < r.st.endpos && sub_segment(th, &r, out, &sp, i, r.st.endpos) < 0)
        goto fail;
    kr_sre_state_fini(&r.st);
    if (status < 0) {
        spans_fini(&sp);
        return KR_VALUE_NULL;
    }
    Value res;
    if (r.s.isbytes) {
        res = join_bytes_pieces(th, &r, out);
    } else {
        res = out->size ? sub_join_str(th, kr_as_str(r.s.src), out, &sp)
                        : kr_from_obj(th->vm->empty_str);
        if (res)
            kr_list_free_temp(out);     /* nothing but the join saw it: hot reuse (gc.h) */
    }
    spans_fini(&sp);
    if (!res || !subn)
        return res;
    Value cnt = kr_int_from_i64(th, n);
    return cnt ? pair_values(th, res, cnt) : KR_VALUE_NULL;
fail:
    kr_sre_state_fini(&r.st);
    spans_fini(&sp);
    return KR_VALUE_NULL;
}

SRE_METHOD(pattern_sub) { return subx(th, "sub", args, nargs, kw, false); }
SRE_METHOD(pattern_subn) { return subx(th, "subn", args, nargs, kw, true); }

/* ---- Scanner and finditer ---------------------------------------------------------- */

/* The scanner keeps only where the next attempt starts; each step runs a
 * fresh engine state on the C stack.  A state is kilobytes (inline marks
 * and backtracking stack): kept in a heap block it cost every finditer an
 * allocation the collector then had to sweep, and a finalizer once the
 * stack outgrew its inline bytes.  Nothing else carries over between
 * steps: the engine resets marks and stack for every attempt. */
typedef struct SreScanner {
    Obj hdr;
    SrePattern *pattern;
    SreSubject s;
    int64_t pos, endpos;    /* the window as given; the engine clips it */
    int64_t start;          /* where the next attempt begins */
    bool must_advance;      /* the last match was empty and ended at start */
    bool done;
} SreScanner;

/* finditer's iterator holds its scanner inline (one allocation, not two:
 * nothing can reach the scanner but the iterator); sc.hdr is unused. */
typedef struct SreIter {
    Obj hdr;
    SreScanner sc;
} SreIter;

static int scanner_setup(Thread *th, SreScanner *sc, SrePattern *p, Value string,
                         int64_t pos, int64_t endpos)
{
    if (pattern_subject(th, p, string, &sc->s) < 0)
        return -1;
    sc->pattern = p;
    sc->pos = pos;
    sc->endpos = endpos;
    sc->start = pos < 0 ? 0 : pos > sc->s.len ? sc->s.len : pos;
    return 0;
}

/* Scanner.match / Scanner.search: the next Match, or None once exhausted. */
static Value scanner_step(Thread *th, SreScanner *sc, bool search)
{
    if (sc->done)
        return KR_NONE;
    if (sc->s.isbytes && !kr_is_bytes(sc->s.src)) {
        ByteView *w = KR_BYTES_VIEW(sc->s.src);     /* a bytearray may have moved */
        sc->s.data = w->data;
        sc->s.len = w->len;
    }
    Run r;
    r.p = sc->pattern;
    r.s = sc->s;
    if (run_start(th, &r, sc->pos, sc->endpos) < 0)
        return KR_VALUE_NULL;
    r.st.start = r.st.ptr = sc->start > r.s.len ? r.s.len : sc->start;
    r.st.must_advance = sc->must_advance;
    int status = search ? kr_sre_search(&r.st, r.p->code) : kr_sre_match(&r.st, r.p->code);
    Value m = KR_NONE;
    if (status > 0) {
        m = kr_sre_match_new(th, r.p, &sc->s, &r.st);
        sc->must_advance = r.st.ptr == r.st.start;
        sc->start = r.st.ptr;
    } else if (status == 0) {
        sc->done = true;
    } else {
        engine_error(th, status);
        m = KR_VALUE_NULL;
    }
    kr_sre_state_fini(&r.st);
    return m;
}

SRE_METHOD(scanner_match)
{
    if (nargs > 1 || (kw && kw->size))
        return kr_err_type_error(th, "match() takes no arguments");
    return scanner_step(th, (SreScanner *)kr_as_obj(args[0]), false);
}

SRE_METHOD(scanner_search)
{
    if (nargs > 1 || (kw && kw->size))
        return kr_err_type_error(th, "search() takes no arguments");
    return scanner_step(th, (SreScanner *)kr_as_obj(args[0]), true);
}

static Value scanner_pattern(Thread *th, Value self)
{
    return kr_from_obj(((SreScanner *)kr_as_obj(self))->pattern);
}

static const MethodDef scanner_methods[] = {
    {"match", scanner_match, "($self, /)", NULL, 0},
    {"search", scanner_search, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef scanner_members[] = {
    {"pattern", 0, scanner_pattern, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_sre_scanner_type = {
    .hdr = {&kr_type_type}, .name = "_sre.SRE_Scanner", .size = sizeof(SreScanner),
    .methods = scanner_methods, .members = scanner_members,
};

SRE_METHOD(pattern_scanner)
{
    Value string;
    int64_t pos, endpos;
    if (window_args(th, "scanner", args, nargs, kw, &string, &pos, &endpos) < 0)
        return KR_VALUE_NULL;
    SreScanner *sc = kr_libutil_alloc(th, &kr_sre_scanner_type);
    if (!sc || scanner_setup(th, sc, PATTERN(args[0]), string, pos, endpos) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(sc);
}

/* finditer is iter(scanner.search, None) in CPython: a callable_iterator,
 * which krait spells as this small type of the same name. */
static Value iter_next(Thread *th, Value self)
{
    SreIter *it = (SreIter *)kr_as_obj(self);
    Value m = scanner_step(th, &it->sc, true);     /* None for ever once done */
    return m == KR_NONE ? KR_VALUE_NULL : m;
}

Type kr_sre_iter_type = {
    .hdr = {&kr_type_type}, .name = "callable_iterator", .size = sizeof(SreIter),
    .iter = kr_libutil_iter_self, .next = iter_next,
};

SRE_METHOD(pattern_finditer)
{
    Value string;
    int64_t pos, endpos;
    if (window_args(th, "finditer", args, nargs, kw, &string, &pos, &endpos) < 0)
        return KR_VALUE_NULL;
    SreIter *it = kr_libutil_alloc(th, &kr_sre_iter_type);
    if (!it || scanner_setup(th, &it->sc, PATTERN(args[0]), string, pos, endpos) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(it);
}

/* ---- Pattern: attributes, repr, equality ------------------------------------------ */

static Value pattern_repr(Thread *th, Value self)
{
    SrePattern *p = PATTERN(self);
    Value r = kr_object_repr(th, p->pattern);
    if (!r)
        return KR_VALUE_NULL;
    Str *rs = kr_as_str(r);
    if (rs->len > 200 && !(rs = kr_str_substr(th, rs, 0, 200)))   /* %.200R */
        return KR_VALUE_NULL;
    int64_t flags = p->flags;
    if (p->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE)
        flags &= ~(int64_t)FLAG_UNICODE;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "re.compile(");
    kr_str_to_buf(&b, rs);
    const char *sep = ", ";
    for (size_t i = 0; i < KR_ARRAY_LEN(flag_names); i++) {
        if (flags & flag_names[i].value) {
            kr_buf_printf(&b, "%s%s", sep, flag_names[i].name);
            sep = "|";
            flags &= ~flag_names[i].value;
        }
    }
    if (flags)
        kr_buf_printf(&b, "%s0x%llx", sep, (unsigned long long)flags);
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value pattern_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_sre_pattern_type))
        return KR_NOTIMPL;
    SrePattern *x = PATTERN(a), *y = PATTERN(b);
    bool eq = x == y;
    if (!eq && x->flags == y->flags && x->isbytes == y->isbytes &&
        x->codesize == y->codesize &&
        memcmp(x->code, y->code, x->codesize * sizeof(SreCode)) == 0) {
        int r = kr_object_richcompare_bool(th, x->pattern, y->pattern, KR_EQ);
        if (r < 0)
            return KR_VALUE_NULL;
        eq = r;
    }
    return kr_from_bool(op == KR_EQ ? eq : !eq);
}

static int pattern_hash(Thread *th, Value v, int64_t *out)
{
    SrePattern *p = PATTERN(v);
    int64_t h;
    if (kr_object_hash(th, p->pattern, &h) < 0)
        return -1;
    h ^= kr_str_hash_data(p->code, p->codesize * sizeof(SreCode));
    h ^= p->flags ^ p->isbytes ^ (int64_t)p->codesize;
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value pattern_pattern(Thread *th, Value self) { return PATTERN(self)->pattern; }
static Value pattern_flags(Thread *th, Value self) { return kr_int_from_i64(th, PATTERN(self)->flags); }
static Value pattern_groups(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)PATTERN(self)->groups);
}

/* A read-only mappingproxy of the pattern's own dict, or a new empty dict
 * for a pattern without named groups, as CPython 3.11's. */
static Value pattern_groupindex(Thread *th, Value self)
{
    SrePattern *p = PATTERN(self);
    if (!p->groupindex) {
        Dict *d = kr_dict_new(th);
        return d ? kr_from_obj(d) : KR_VALUE_NULL;
    }
    return kr_mappingproxy_new(th, kr_from_obj(p->groupindex));
}

SRE_METHOD(pattern_copy)
{
    if (nargs != 1 || (kw && kw->size))
        return kr_err_type_error(th, "Pattern.__copy__() takes no arguments (%zu given)",
                                 nargs - 1 + (kw ? (size_t)kw->size : 0));
    return args[0];
}

SRE_METHOD(pattern_deepcopy)
{
    if (nargs != 2 || (kw && kw->size))
        return kr_err_type_error(th,
                                 "Pattern.__deepcopy__() takes exactly one argument (%zu given)",
                                 nargs - 1 + (kw ? (size_t)kw->size : 0));
    return args[0];
}

static const MethodDef pattern_methods[] = {
    {"match", pattern_match, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"fullmatch", pattern_fullmatch, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"search", pattern_search, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"sub", pattern_sub, "($self, /, repl, string, count=0)", NULL, 0},
    {"subn", pattern_subn, "($self, /, repl, string, count=0)", NULL, 0},
    {"findall", pattern_findall, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"split", pattern_split, "($self, /, string, maxsplit=0)", NULL, 0},
    {"finditer", pattern_finditer, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"scanner", pattern_scanner, "($self, /, string, pos=0, endpos=sys.maxsize)", NULL, 0},
    {"__copy__", pattern_copy, "($self, /)", NULL, 0},
    {"__deepcopy__", pattern_deepcopy, "($self, memo, /)", NULL, 0},
    KR_GENERIC_ALIAS_METHODDEF,
    {0},
};

static const MemberDef pattern_members[] = {
    {"pattern", 0, pattern_pattern, NULL, "The pattern string from which the RE object was compiled.", KR_MEMBER_READONLY},
    {"flags", 0, pattern_flags, NULL, "The regex matching flags.", KR_MEMBER_READONLY},
    {"groups", 0, pattern_groups, NULL, "The number of capturing groups in the pattern.", KR_MEMBER_READONLY},
    {"groupindex", 0, pattern_groupindex, NULL, "A dictionary mapping group names to group numbers.", KR_MEMBER_READONLY},
    {0},
};

static Value pattern_new_refused(Thread *th, Type *t, const Value *args, size_t nargs,
                                 Tuple *kw)
{
    return kr_err_type_error(th, "cannot create 're.Pattern' instances");
}

Type kr_sre_pattern_type = {
    .hdr = {&kr_type_type}, .name = "re.Pattern", .size = sizeof(SrePattern),
    .new_ = pattern_new_refused, .repr = pattern_repr, .richcompare = pattern_richcompare, .hash = pattern_hash,
    .methods = pattern_methods, .members = pattern_members,
};

/* ---- the module ------------------------------------------------------------------- */

/* A copy of the parser's name -> number dict with its str names
 * interned: m.group("name") then finds a constant name by identity. */
static Dict *groupindex_interned(Thread *th, Dict *src)
{
    Dict *d = kr_dict_new(th);
    int64_t pos = 0;
    Value k, v;
    while (d && kr_dict_next(src, &pos, &k, &v)) {
        if (kr_is_str(k)) {
            Str *name = kr_str_intern(th, kr_as_str(k));
            if (!name)
                return NULL;
            k = kr_from_obj(name);
        }
        if (kr_dict_set(th, d, k, v) < 0)
            return NULL;
    }
    return d;
}

/* compile(pattern, flags, code, groups, groupindex, indexgroup) */
SRE_METHOD(sre_compile)
{
    static const char *const names[] = {"pattern", "flags", "code", "groups", "groupindex",
                                        "indexgroup", NULL};
    Value v[6];
    int64_t flags, groups;
    if (kr_libutil_parse(th, "compile", args, nargs, kw, names, 0, 6, v) < 0 ||
        kr_libutil_as_ssize(th, v[1], &flags) < 0 || kr_libutil_as_ssize(th, v[3], &groups) < 0)
        return KR_VALUE_NULL;
    if (!kr_list_check(v[2]))
        return kr_err_type_error(th, "compile() argument 'code' must be list, not %s",
                                 kr_type_name(v[2]));
    if (!kr_dict_check(v[4]))
        return kr_err_type_error(th, "compile() argument 'groupindex' must be dict, not %s",
                                 kr_type_name(v[4]));
    if (!kr_tuple_check(v[5]))
        return kr_err_type_error(th, "compile() argument 'indexgroup' must be tuple, not %s",
                                 kr_type_name(v[5]));
    List *code = kr_as_list(v[2]);
    SrePattern *p = kr_libutil_alloc(th, &kr_sre_pattern_type);
    if (!p || !(p->code = kr_gc_alloc_atomic((size_t)(code->size + 1) * sizeof(SreCode))) ||
        !(p->setcache = kr_gc_alloc_atomic(KR_SRE_BITMAPS * sizeof(SreSharedBitmap)))) {
        if (p)
            kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memset(p->setcache, 0, KR_SRE_BITMAPS * sizeof(SreSharedBitmap));
    for (int64_t i = 0; i < code->size; i++) {
        Value c = code->items[i];
        int64_t w = -1;
        if (kr_is_int(c) && !kr_is_bigint(c) && kr_int_as_i64(th, c, &w) < 0)
            return KR_VALUE_NULL;
        if (w < 0 || w > (int64_t)UINT32_MAX) {
            kr_err_set_string(th, &kr_exc_OverflowError,
                              "regular expression code size limit exceeded");
            return KR_VALUE_NULL;
        }
        p->code[i] = (SreCode)w;
    }
    p->codesize = (size_t)code->size;
    p->pattern = v[0];
    p->flags = flags;
    p->groups = groups < 0 ? 0 : (size_t)groups;
    p->isbytes = -1;
    if (v[0] != KR_NONE) {
        SreSubject s;
        if (kr_sre_subject(th, v[0], &s) < 0)
            return KR_VALUE_NULL;
        p->isbytes = s.isbytes;
    }
    if (kr_as_dict(v[4])->used) {
        if (!(p->groupindex = groupindex_interned(th, kr_as_dict(v[4]))))
            return KR_VALUE_NULL;
        p->indexgroup = kr_as_tuple(v[5]);
    }
    if (kr_sre_validate(p->code, p->codesize, p->groups) != 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "invalid SRE code");
        return KR_VALUE_NULL;
    }
    kr_sre_optimize(p->code, p->codesize, p->groups);
    return kr_from_obj(p);
}

/* The one-int helpers: f(character, /). */
static int char_arg(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                    uint32_t *ch)
{
    int64_t c;
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs, 1, 1) < 0)
        return -1;
    if (!kr_is_int(args[0])) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(args[0]));
        return -1;
    }
    if (kr_libutil_as_ssize(th, args[0], &c) < 0)
        return -1;
    *ch = (uint32_t)c;
    return 0;
}

SRE_METHOD(sre_ascii_iscased)
{
    uint32_t c;
    return char_arg(th, "ascii_iscased", args, nargs, kw, &c) < 0
               ? KR_VALUE_NULL : kr_from_bool(kr_sre_ascii_iscased(c));
}

SRE_METHOD(sre_unicode_iscased)
{
    uint32_t c;
    return char_arg(th, "unicode_iscased", args, nargs, kw, &c) < 0
               ? KR_VALUE_NULL : kr_from_bool(kr_sre_unicode_iscased(c));
}

SRE_METHOD(sre_ascii_tolower)
{
    uint32_t c;
    return char_arg(th, "ascii_tolower", args, nargs, kw, &c) < 0
               ? KR_VALUE_NULL : kr_int_from_i64(th, kr_sre_ascii_tolower(c));
}

SRE_METHOD(sre_unicode_tolower)
{
    uint32_t c;
    return char_arg(th, "unicode_tolower", args, nargs, kw, &c) < 0
               ? KR_VALUE_NULL : kr_int_from_i64(th, kr_sre_unicode_tolower(c));
}

SRE_METHOD(sre_getcodesize)
{
    if (kr_libutil_check_positional(th, "getcodesize", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(KR_SRE_CODESIZE);
}

static const MethodDef sre_functions[] = {
    {"compile", sre_compile,
     "($module, /, pattern, flags, code, groups, groupindex, indexgroup)", NULL, 0},
    {"getcodesize", sre_getcodesize, "($module, /)", NULL, 0},
    {"ascii_iscased", sre_ascii_iscased, "($module, character, /)", NULL, 0},
    {"unicode_iscased", sre_unicode_iscased, "($module, character, /)", NULL, 0},
    {"ascii_tolower", sre_ascii_tolower, "($module, character, /)", NULL, 0},
    {"unicode_tolower", sre_unicode_tolower, "($module, character, /)", NULL, 0},
    {0},
};

int kr_mod__sre_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_sre", sre_functions);
    Str *copyright = kr_str_from_cstr(th, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    if (!m || !copyright || kr_type_ready(th, &kr_sre_pattern_type) < 0 ||
        kr_type_ready(th, &kr_sre_match_type) < 0 ||
        kr_type_ready(th, &kr_sre_scanner_type) < 0 || kr_type_ready(th, &kr_sre_iter_type) < 0)
        return -1;
    Value maxrepeat = kr_int_from_i64(th, KR_SRE_MAXREPEAT);
    if (!maxrepeat || kr_libutil_add_value(th, m, "MAGIC", kr_from_smallint(KR_SRE_MAGIC)) < 0 ||
        kr_libutil_add_value(th, m, "CODESIZE", kr_from_smallint(KR_SRE_CODESIZE)) < 0 ||
        kr_libutil_add_value(th, m, "MAXREPEAT", maxrepeat) < 0 ||
        kr_libutil_add_value(th, m, "MAXGROUPS", kr_from_smallint(KR_SRE_MAXGROUPS)) < 0 ||
        kr_libutil_add_value(th, m, "copyright", kr_from_obj(copyright)) < 0)
        return -1;
    return 0;
}
