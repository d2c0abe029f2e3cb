/*
 * unicodeerror.c -- the Unicode errors' fields (encoding, object, start,
 * end, reason), parsed by __init__ as CPython does, and their messages:
 *
 *   'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
 *   'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)
 *   can't translate character '\xe9' in position 1: reason
 *
 * start and end are stored as given; only str() reads them, and it does
 * not clamp them either (CPython 3.11 prints "position 5-0" for start=5,
 * end=1).
 */
#include "objects/unicodeerror.h"

#include <stdio.h>

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { ENCODE, DECODE, TRANSLATE };

static int kind_of(Type *t)
{
    for (; t; t = t->base) {
        if (t == &kr_exc_UnicodeEncodeError)
            return ENCODE;
        if (t == &kr_exc_UnicodeDecodeError)
            return DECODE;
        if (t == &kr_exc_UnicodeTranslateError)
            return TRANSLATE;
    }
    return ENCODE;
}

static Value uni_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    UniErr *e = kr_gc_alloc(t->size);
    if (!e) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    e->base.hdr.type = t;
    e->base.traceback = e->base.cause = e->base.context = KR_NONE;
    e->base.args = kr_tuple_from_array(th, args, (int64_t)nargs);
    return e->base.args ? kr_from_obj(e) : KR_VALUE_NULL;
}

static int want_str(Thread *th, Value v, int pos)
{
    if (kr_isinstance_type(v, &kr_str_type))
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "argument %d must be str, not %s", pos, kr_type_name(v));
    return -1;
}

static int want_index(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, out) : -1;
}

/* Encode: (encoding, object: str, start, end, reason); Decode: object is
 * bytes-like (kept as bytes); Translate: (object, start, end, reason). */
static int uni_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    UniErr *e = (UniErr *)kr_as_obj(self);
    int kind = kind_of(kr_type_of(self));
    size_t want = kind == TRANSLATE ? 4 : 5;
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", kr_type_name(self));
        return -1;
    }
    if (!(e->base.args = kr_tuple_from_array(th, args, (int64_t)nargs)))
        return -1;
    if (nargs != want) {
        kr_err_format(th, &kr_exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    const Value *a = kind == TRANSLATE ? args - 1 : args;   /* a[1] is the object */
    if (kind != TRANSLATE && want_str(th, a[0], 1) < 0)
        return -1;
    Value object = a[1];
    if (kind == DECODE) {
        const unsigned char *data;
        int64_t len;
        if (kr_bytes_view(th, object, &data, &len) < 0)
            return -1;
        if (!kr_is_bytes(object) && !(object = kr_bytes_value(kr_bytes_new(th, data, len))))
            return -1;
    } else if (want_str(th, object, kind == TRANSLATE ? 1 : 2) < 0) {
        return -1;
    }
    int64_t start, end;
    if (want_index(th, a[2], &start) < 0 || want_index(th, a[3], &end) < 0 ||
        want_str(th, a[4], kind == TRANSLATE ? 4 : 5) < 0)
        return -1;
    e->encoding = kind == TRANSLATE ? KR_NONE : a[0];
    e->object = object;
    e->start = start;
    e->end = end;
    e->reason = a[4];
    return 0;
}

/* The message, as CPython's Unicode{En,De}code,Translate}Error_str. */
static Value uni_str(Thread *th, Value self)
{
    UniErr *e = (UniErr *)kr_as_obj(self);
    if (!e->object)
        return kr_from_obj(th->vm->empty_str);
    int kind = kind_of(kr_type_of(self));
    Value reason = kr_object_str(th, e->reason);
    Value enc = kind == TRANSLATE ? KR_NONE : kr_object_str(th, e->encoding);
    if (!reason || !enc)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    if (kind != TRANSLATE) {
        kr_buf_putc(&b, '\'');
        kr_str_to_buf(&b, kr_as_str(enc));
        kr_buf_puts(&b, "' codec ");
    }
    const char *verb = kind == ENCODE ? "encode" : kind == DECODE ? "decode" : "translate";
    int64_t len = kind == DECODE ? kr_as_bytes(e->object)->len : kr_as_str(e->object)->len;
    bool one = e->start >= 0 && e->start < len && e->end >= 0 && e->end <= len && e->end == e->start + 1;
    if (one && kind == DECODE) {
        kr_buf_printf(&b, "can't decode byte 0x%02x in position %lld: ",
                      kr_as_bytes(e->object)->data[e->start], (long long)e->start);
    } else if (one) {
        uint32_t c = kr_str_char(kr_as_str(e->object), e->start);
        kr_buf_printf(&b, c <= 0xff ? "can't %s character '\\x%02x'" : c <= 0xffff ? "can't %s character '\\u%04x'"
                                                                   : "can't %s character '\\U%08x'", verb, c);
        kr_buf_printf(&b, " in position %lld: ", (long long)e->start);
    } else {
        kr_buf_printf(&b, "can't %s %s in position %lld-%lld: ", verb, kind == DECODE ? "bytes" : "characters",
                      (long long)e->start, (long long)e->end - 1);
    }
    kr_str_to_buf(&b, kr_as_str(reason));
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

#define FIELD(name)                                                              \
    static Value get_##name(Thread *th, Value self)                              \
    {                                                                            \
        Value v = ((UniErr *)kr_as_obj(self))->name;                             \
        return v ? v : KR_NONE;                                                  \
    }                                                                            \
    static int set_##name(Thread *th, Value self, Str *unused, Value v)          \
    {                                                                            \
        ((UniErr *)kr_as_obj(self))->name = v;                                   \
        return 0;                                                                \
    }
FIELD(encoding)
FIELD(object)
FIELD(reason)

#define INDEX(name)                                                              \
    static Value get_##name(Thread *th, Value self)                              \
    {                                                                            \
        return kr_int_from_i64(th, ((UniErr *)kr_as_obj(self))->name);           \
    }                                                                            \
    static int set_##name(Thread *th, Value self, Str *unused, Value v)          \
    {                                                                            \
        if (!v) {                                                                \
            kr_err_set_string(th, &kr_exc_TypeError, "can't delete numeric/char attribute"); \
            return -1;                                                           \
        }                                                                        \
        return want_index(th, v, &((UniErr *)kr_as_obj(self))->name);            \
    }
INDEX(start)
INDEX(end)

static const MemberDef uni_members[] = {
    {"encoding", 0, get_encoding, set_encoding, "exception encoding", 0},
    {"object", 0, get_object, set_object, "exception object", 0},
    {"start", 0, get_start, set_start, "exception start", 0},
    {"end", 0, get_end, set_end, "exception end", 0},
    {"reason", 0, get_reason, set_reason, "exception reason", 0},
    {0},
};

void kr_unicodeerror_prepare(void)
{
    Type *const family[] = {&kr_exc_UnicodeEncodeError, &kr_exc_UnicodeDecodeError,
                            &kr_exc_UnicodeTranslateError};
    for (size_t i = 0; i < KR_ARRAY_LEN(family); i++) {
        family[i]->size = sizeof(UniErr);
        family[i]->new_ = uni_new;
        family[i]->init = uni_init;
        family[i]->str = uni_str;
        family[i]->members = uni_members;
    }
}

static void raise5(Thread *th, Type *t, const char *encoding, Value object, int64_t start, int64_t end,
                   const char *reason)
{
    Str *enc = kr_str_from_cstr(th, encoding), *why = kr_str_from_cstr(th, reason);
    Value s = kr_int_from_i64(th, start), en = kr_int_from_i64(th, end);
    if (!enc || !why || !object || !s || !en)
        return;
    Value args[5] = {kr_from_obj(enc), object, s, en, kr_from_obj(why)};
    Value exc = kr_exception_new(th, t, args, 5);
    if (exc)
        kr_err_set(th, exc);
}

void kr_unicodeerror_decode(Thread *th, const char *encoding, const unsigned char *data, int64_t len,
                            int64_t start, int64_t end, const char *reason)
{
    raise5(th, &kr_exc_UnicodeDecodeError, encoding, kr_bytes_value(kr_bytes_new(th, data, len)), start, end,
           reason);
}

void kr_unicodeerror_encode(Thread *th, const char *encoding, Str *s, int64_t start, int64_t end,
                            const char *reason)
{
    raise5(th, &kr_exc_UnicodeEncodeError, encoding, kr_from_obj(s), start, end, reason);
}
