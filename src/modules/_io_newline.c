/*
 * _io_newline.c -- io.IncrementalNewlineDecoder in C (CPython's textio.c):
 * wraps a decoder for universal-newlines reading.
 *
 * It records which line ends it has seen (for `newlines`), translates
 * "\r\n" and "\r" to "\n" when asked, and holds back a "\r" that ends a
 * chunk, since the next chunk may start with its "\n".  The held-back
 * "\r" is bit 0 of the state flag getstate() returns; the wrapped
 * decoder's own flag sits above it.
 */
#include <string.h>

#include "modules/_io.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct NLDecoder {
    IOBaseObj base;             /* only for the dict: a plain object otherwise */
    Value decoder;              /* None: the input is already text */
    Value errors;
    bool ok, translate, pendingcr;
    uint8_t seen;
} NLDecoder;

#define NLD(v) ((NLDecoder *)kr_as_obj(v))
#define SELF NLD(args[0])

static int check(Thread *th, NLDecoder *d)
{
    if (d->ok)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
    return -1;
}

static Value nld_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    NLDecoder *d = kr_libutil_alloc(th, type);
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

static int nld_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"decoder", "translate", "errors", NULL};
    Value v[3];
    if (kr_libutil_parse(th, "IncrementalNewlineDecoder", args, nargs, kw, names, 0, 2, v) < 0)
        return -1;
    Value t = kr_object_index(th, v[1]);
    int tr = t ? kr_object_truth(th, t) : -1;
    if (tr < 0)
        return -1;
    NLDecoder *d = NLD(self);
    Str *strict = v[2] ? NULL : kr_str_intern_cstr(th, "strict");
    d->decoder = v[0];
    d->errors = v[2] ? v[2] : strict ? kr_from_obj(strict) : KR_NONE;
    d->translate = tr;
    d->pendingcr = false;
    d->seen = 0;
    d->ok = true;
    return 0;
}

/* The line ends in s, as SEEN_* bits; *has_cr says whether any "\r". */
static uint8_t scan(Str *s, bool *has_cr)
{
    uint8_t seen = 0;
    *has_cr = false;
    if (s->kind == 1 && !memchr(s->data, '\r', (size_t)s->len))
        return memchr(s->data, '\n', (size_t)s->len) ? SEEN_LF : 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\n') {
            seen |= SEEN_LF;
        } else if (c == '\r') {
            *has_cr = true;
            if (i + 1 < s->len && kr_str_char(s, i + 1) == '\n') {
                seen |= SEEN_CRLF;
                i++;
            } else {
                seen |= SEEN_CR;
            }
        }
    }
    return seen;
}

/* s with "\r\n" and "\r" made "\n". */
static Str *translate(Thread *th, Str *s)
{
    uint32_t *cps = kr_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(s->len + 1));
    if (!cps) {
        kr_err_no_memory(th);
        return NULL;
    }
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\r') {
            if (i + 1 < s->len && kr_str_char(s, i + 1) == '\n')
                i++;
            c = '\n';
        }
        cps[n++] = c;
    }
    return kr_str_from_ucs4(th, cps, n);
}

KR_LIB_FUNC(nld_decode)
{
    static const char *const names[] = {"input", "final", NULL};
    Value v[2];
    NLDecoder *d = SELF;
    if (kr_libutil_parse(th, "decode", args + 1, nargs - 1, kw, names, 0, 1, v) < 0 || check(th, d) < 0)
        return KR_VALUE_NULL;
    int final = v[1] ? kr_object_truth(th, v[1]) : 0;
    if (final < 0)
        return KR_VALUE_NULL;
    Value out = v[0];
    if (d->decoder != KR_NONE) {
        Str *k = kr_str_intern_cstr(th, "decode"), *fk = kr_str_intern_cstr(th, "final");
        Value f = k ? kr_object_getattr(th, d->decoder, k) : KR_VALUE_NULL;
        Value a[2] = {v[0], kr_from_bool(final)};
        Tuple *kwn = f && fk ? kr_tuple_from_array(th, (Value[]){kr_from_obj(fk)}, 1) : NULL;
        out = kwn ? kr_vm_call(th, f, a, 1, kwn) : KR_VALUE_NULL;
        if (!out)
            return KR_VALUE_NULL;
    }
    if (!kr_str_check(out))
        return kr_err_type_error(th, "decoder should return a string result, not '%s'", kr_type_name(out));
    Str *s = kr_as_str(out);
    if (d->pendingcr && (final || s->len > 0)) {
        Str *cr = kr_str_from_cstr(th, "\r");
        if (!cr || !(s = kr_str_concat(th, cr, s)))
            return KR_VALUE_NULL;
        d->pendingcr = false;
    }
    if (!final && s->len > 0 && kr_str_char(s, s->len - 1) == '\r') {
        if (!(s = kr_str_substr(th, s, 0, s->len - 1)))
            return KR_VALUE_NULL;
        d->pendingcr = true;
    }
    bool has_cr;
    d->seen |= scan(s, &has_cr);
    if (d->translate && has_cr && !(s = translate(th, s)))
        return KR_VALUE_NULL;
    return kr_from_obj(s);
}

KR_LIB_FUNC(nld_getstate)
{
    NLDecoder *d = SELF;
    if (check(th, d) < 0)
        return KR_VALUE_NULL;
    Value buf;
    int64_t flag = 0;
    if (d->decoder != KR_NONE) {
        Value st = kr_mod__io_call_method(th, d->decoder, "getstate", NULL, 0);
        if (!st)
            return KR_VALUE_NULL;
        if (!kr_is_type(st, &kr_tuple_type) || ((Tuple *)kr_as_obj(st))->size != 2 ||
            !kr_is_int(((Tuple *)kr_as_obj(st))->items[1])) {
            kr_err_set_string(th, &kr_exc_TypeError, "illegal decoder state");
            return KR_VALUE_NULL;
        }
        buf = ((Tuple *)kr_as_obj(st))->items[0];
        if (kr_int_as_i64(th, ((Tuple *)kr_as_obj(st))->items[1], &flag) < 0)
            return KR_VALUE_NULL;
    } else {
        buf = kr_bytes_value(kr_bytes_new(th, "", 0));
        if (!buf)
            return KR_VALUE_NULL;
    }
    flag = flag * 2 + (d->pendingcr ? 1 : 0);
    Value items[2] = {buf, kr_int_from_i64(th, flag)};
    Tuple *t = items[1] ? kr_tuple_from_array(th, items, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(nld_setstate)
{
    NLDecoder *d = SELF;
    if (kr_libutil_check_positional(th, "setstate", nargs - 1, 1, 1) < 0 || check(th, d) < 0)
        return KR_VALUE_NULL;
    Value st = args[1];
    if (!kr_is_type(st, &kr_tuple_type) || ((Tuple *)kr_as_obj(st))->size != 2)
        return kr_err_type_error(th, "state argument must be a tuple");
    Value *it = ((Tuple *)kr_as_obj(st))->items;
    int64_t flag;
    if (!kr_is_int(it[1]))
        return kr_err_type_error(th, "an integer is required");
    if (kr_int_as_i64(th, it[1], &flag) < 0)
        return KR_VALUE_NULL;
    d->pendingcr = flag & 1;
    if (d->decoder != KR_NONE) {
        Value items[2] = {it[0], kr_int_from_i64(th, flag >> 1)};
        Tuple *t = items[1] ? kr_tuple_from_array(th, items, 2) : NULL;
        Value tv = t ? kr_from_obj(t) : KR_VALUE_NULL;
        if (!tv || !kr_mod__io_call_method(th, d->decoder, "setstate", &tv, 1))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(nld_reset)
{
    NLDecoder *d = SELF;
    if (check(th, d) < 0)
        return KR_VALUE_NULL;
    d->seen = 0;
    d->pendingcr = false;
    if (d->decoder != KR_NONE && !kr_mod__io_call_method(th, d->decoder, "reset", NULL, 0))
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* IncrementalNewlineDecoder.newlines: "\r" before "\n" before "\r\n". */
static Value newlines_get(Thread *th, Value self)
{
    NLDecoder *d = NLD(self);
    if (check(th, d) < 0)
        return KR_VALUE_NULL;
    static const char *const order[] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    Value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(d->seen & bits[i]))
            continue;
        Str *k = kr_str_from_cstr(th, order[i]);
        if (!k)
            return KR_VALUE_NULL;
        items[n++] = kr_from_obj(k);
    }
    if (n == 0)
        return KR_NONE;
    if (n == 1)
        return items[0];
    Tuple *t = kr_tuple_from_array(th, items, (int64_t)n);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MemberDef nld_members[] = {
    {"newlines", 0, newlines_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef nld_methods[] = {
    {"decode", nld_decode, "($self, /, input, final=False)", NULL, 0},
    {"getstate", nld_getstate, "($self, /)", NULL, 0},
    {"setstate", nld_setstate, "($self, state, /)", NULL, 0},
    {"reset", nld_reset, "($self, /)", NULL, 0},
    {0},
};

Type kr_mod__io_nldecoder_type = {
    .hdr = {&kr_type_type}, .name = "_io.IncrementalNewlineDecoder", .size = sizeof(NLDecoder),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .new_ = nld_new, .init = nld_init, .methods = nld_methods, .members = nld_members,
};
