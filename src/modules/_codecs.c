/*
 * _codecs.c -- the bridge from str.encode / bytes.decode to the codec
 * registry.
 *
 * UTF-8, ASCII and Latin-1 are built in (objects/bytes_codec.c); any other
 * encoding goes through the registry, as in CPython: _codecs (lib/_codecs.py)
 * looks the name up through the search functions, which the encodings
 * package registers, and calls the codec.  The result must be of the right
 * type, and only text encodings are allowed here (codecs.encode is the way
 * to the others: rot13, base64, ...).
 */
#include <string.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Value attr(Thread *th, Value obj, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
}

/* The CodecInfo for encoding, refusing non-text codecs. */
static Value text_codec(Thread *th, Value encoding, const char *use)
{
    Str *name = kr_str_intern_cstr(th, "_codecs");
    Value mod = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Value lookup = mod ? attr(th, mod, "lookup") : KR_VALUE_NULL;
    Value info = lookup ? kr_vm_call(th, lookup, &encoding, 1, NULL) : KR_VALUE_NULL;
    if (!info)
        return KR_VALUE_NULL;
    Value is_text = attr(th, info, "_is_text_encoding");
    if (!is_text) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        return info;
    }
    int t = kr_object_truth(th, is_text);
    if (t < 0)
        return KR_VALUE_NULL;
    if (!t) {
        kr_err_format(th, &kr_exc_LookupError,
                      "'%U' is not a text encoding; use %s to handle arbitrary codecs",
                      kr_as_str(encoding), use);
        return KR_VALUE_NULL;
    }
    return info;
}

/* UTF-16 and UTF-32 with a BOM, which CPython encodes and decodes without
 * the registry's wrapping of errors ("utf-16", "UTF16", "utf_32" ...). */
static bool fast_path_name(Value encoding)
{
    Str *s = kr_as_str(encoding);
    if (!s->ascii || s->len < 5 || s->len > 6)
        return false;
    char n[8];
    for (int64_t i = 0; i <= s->len; i++)
        n[i] = (char)(s->data[i] >= 'A' && s->data[i] <= 'Z' ? s->data[i] + 32 : s->data[i]);
    if (strncmp(n, "utf", 3) != 0)
        return false;
    const char *rest = n[3] == '-' || n[3] == '_' ? n + 4 : n + 3;
    return strcmp(rest, "16") == 0 || strcmp(rest, "32") == 0;
}

Value kr_mod__codecs_call(Thread *th, bool encode, Value obj, Value encoding, Value errors)
{
    Value info = text_codec(th, encoding, encode ? "codecs.encode()" : "codecs.decode()");
    Value fn = info ? attr(th, info, encode ? "encode" : "decode") : KR_VALUE_NULL;
    if (!fn)
        return KR_VALUE_NULL;
    /* through _codecs._call_codec, which words a failure as CPython's
     * "encoding with 'x' codec failed (...)" */
    Str *mn = kr_str_intern_cstr(th, "_codecs");
    Value mod = mn ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Value call = mod ? attr(th, mod, "_call_codec") : KR_VALUE_NULL;
    Str *op = call ? kr_str_intern_cstr(th, encode ? "encoding" : "decoding") : NULL;
    Value args[5] = {fn, obj, errors ? errors : kr_from_obj(kr_str_intern_cstr(th, "strict")),
                     op ? kr_from_obj(op) : KR_VALUE_NULL, encoding};
    if (!args[2] || !args[3])
        return KR_VALUE_NULL;
    Value r = fast_path_name(encoding) ? kr_vm_call(th, fn, args + 1, 2, NULL)
                                       : kr_vm_call(th, call, args, 5, NULL);
    if (!r)
        return KR_VALUE_NULL;
    if (!kr_is_tuple(r) || kr_as_tuple(r)->size != 2) {
        kr_err_set_string(th, &kr_exc_TypeError, encode ? "encoder must return a tuple (object, integer)"
                                                        : "decoder must return a tuple (object, integer)");
        return KR_VALUE_NULL;
    }
    Value v = kr_as_tuple(r)->items[0];
    if (encode && !kr_is_bytes(v)) {
        if (kr_is_bytearray(v))
            return kr_bytes_value(kr_bytes_new(th, kr_as_bytearray(v)->data, kr_as_bytearray(v)->len));
    {
        kr_err_format(th, &kr_exc_TypeError, "'%U' encoder returned '%s' instead of 'bytes'; "
                      "use codecs.encode() to encode to arbitrary types", kr_as_str(encoding),
                      kr_type_name(v));
        return KR_VALUE_NULL;
    }
    }
    if (!encode && !kr_is_str(v)) {
        kr_err_format(th, &kr_exc_TypeError, "'%U' decoder returned '%s' instead of 'str'; "
                      "use codecs.decode() to decode to arbitrary types", kr_as_str(encoding),
                      kr_type_name(v));
        return KR_VALUE_NULL;
    }
    return v;
}
