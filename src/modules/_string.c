/*
 * _string.c -- the `_string` module: str.format's parser, exposed for
 * string.Formatter (CPython's Objects/stringlib/unicode_format.h
 * MarkupIterator and FieldNameIterator).
 *
 *   formatter_parser(s)            iterates (literal, field_name, spec, conversion)
 *   formatter_field_name_split(f)  (first, iterator of (is_attr, key))
 *
 * Both build their results eagerly into a list and hand out its iterator;
 * format strings are short and the Formatter consumes them entirely.
 */
#include "core/state.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

static Value sub(Thread *th, Str *s, int64_t a, int64_t b)
{
    Str *r = kr_str_substr(th, s, a, b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static int append_tuple(Thread *th, List *out, const Value *items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (!items[i])
            return -1;
    Tuple *t = kr_tuple_from_array(th, items, n);
    return t ? kr_list_append(th, out, kr_from_obj(t)) : -1;
}

static int fail(Thread *th, const char *msg)
{
    kr_err_set_string(th, &kr_exc_ValueError, msg);
    return -1;
}

/* The field after a '{' at *pos: name, then !conversion, then :spec up
 * to the matching '}' (CPython's parse_field, errors included); *pos ends
 * past that brace. */
static int parse_field(Thread *th, Str *s, int64_t *pos, Value literal, List *out)
{
    int64_t n = s->len, i = *pos, a = i;
    uint32_t c = 0;
    while (i < n) {
        c = kr_str_char(s, i++);
        if (c == '{')
            return fail(th, "unexpected '{' in field name");
        if (c == '[') {
            while (i < n && kr_str_char(s, i) != ']')
                i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    Value name = sub(th, s, a, i - 1 >= a ? i - 1 : a);
    Value conv = KR_NONE, spec = kr_from_obj(th->vm->empty_str);
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (i >= n)
                return fail(th, "end of string while looking for conversion specifier");
            conv = sub(th, s, i, i + 1);
            i++;
            if (i < n) {
                uint32_t d = kr_str_char(s, i++);
                if (d == '}')
                    done = true;
                else if (d != ':')
                    return fail(th, "expected ':' after conversion specifier");
            }
        }
        if (!done) {
            int64_t sa = i, depth = 1;
            while (i < n && depth) {
                uint32_t d = kr_str_char(s, i++);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
            }
            if (depth)
                return fail(th, "unmatched '{' in format spec");
            spec = sub(th, s, sa, i - 1);
        }
    } else if (c != '}') {
        return fail(th, "expected '}' before end of string");
    }
    *pos = i;
    Value items[4] = {literal, name, spec, conv};
    return append_tuple(th, out, items, 4);
}

static int parse_markup(Thread *th, Str *s, List *out)
{
    int64_t n = s->len, i = 0;
    while (i < n) {
        int64_t start = i;
        uint32_t c = 0;
        bool markup = false;
        while (i < n) {
            c = kr_str_char(s, i++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = i >= n;
        int64_t len = i - start;
        if (c == '}' && (at_end || kr_str_char(s, i) != '}'))
            return fail(th, "Single '}' encountered in format string");
        if (at_end && c == '{')
            return fail(th, "Single '{' encountered in format string");
        if (!at_end) {
            if (kr_str_char(s, i) == c) {
                i++;                 /* {{ or }}: the literal keeps one brace */
                markup = false;
            } else {
                len--;
            }
        }
        Value literal = sub(th, s, start, start + len);
        if (!literal)
            return -1;
        if (!markup) {
            Value items[4] = {literal, KR_NONE, KR_NONE, KR_NONE};
            if (append_tuple(th, out, items, 4) < 0)
                return -1;
            continue;
        }
        if (parse_field(th, s, &i, literal, out) < 0)
            return -1;
    }
    return 0;
}

FUNC(formatter_parser)
{
    if (kr_call_check_args(th, "formatter_parser", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "expected str, got %s", kr_type_name(args[0]));
    List *out = kr_list_new(th, 0);
    if (!out || parse_markup(th, kr_as_str(args[0]), out) < 0)
        return KR_VALUE_NULL;
    return kr_object_iter(th, kr_from_obj(out));
}

/* "0" or "12": an int; anything else stays a str. */
static Value index_or_str(Thread *th, Str *s, int64_t a, int64_t b)
{
    bool digits = b > a;
    for (int64_t i = a; i < b; i++)
        digits = digits && kr_str_char(s, i) >= '0' && kr_str_char(s, i) <= '9';
    Value v = sub(th, s, a, b);
    if (!v || !digits)
        return v;
    size_t len;
    const char *u = kr_str_utf8(th, kr_as_str(v), &len);
    return u ? kr_int_from_string(th, u, len, 10) : KR_VALUE_NULL;
}

FUNC(formatter_field_name_split)
{
    if (kr_call_check_args(th, "formatter_field_name_split", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "expected str, got %s", kr_type_name(args[0]));
    Str *s = kr_as_str(args[0]);
    int64_t n = s->len, i = 0;
    while (i < n && kr_str_char(s, i) != '.' && kr_str_char(s, i) != '[')
        i++;
    Value first = index_or_str(th, s, 0, i);
    List *rest = first ? kr_list_new(th, 0) : NULL;
    if (!rest)
        return KR_VALUE_NULL;
    while (i < n) {
        uint32_t c = kr_str_char(s, i++);
        int64_t a = i;
        Value item[2];
        if (c == '.') {
            while (i < n && kr_str_char(s, i) != '.' && kr_str_char(s, i) != '[')
                i++;
            if (i == a) {
                kr_err_set_string(th, &kr_exc_ValueError, "Empty attribute in format string");
                return KR_VALUE_NULL;
            }
            item[0] = KR_TRUE;
            item[1] = sub(th, s, a, i);
        } else if (c == '[') {
            while (i < n && kr_str_char(s, i) != ']')
                i++;
            if (i >= n) {
                kr_err_set_string(th, &kr_exc_ValueError, "Missing ']' in format string");
                return KR_VALUE_NULL;
            }
            if (i == a) {
                kr_err_set_string(th, &kr_exc_ValueError, "Empty attribute in format string");
                return KR_VALUE_NULL;
            }
            item[0] = KR_FALSE;
            item[1] = index_or_str(th, s, a, i);
            i++;
            if (i < n && kr_str_char(s, i) != '.' && kr_str_char(s, i) != '[') {
                kr_err_set_string(th, &kr_exc_ValueError,
                                  "Only '.' or '[' may follow ']' in format field specifier");
                return KR_VALUE_NULL;
            }
        } else {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
            return KR_VALUE_NULL;
        }
        if (append_tuple(th, rest, item, 2) < 0)
            return KR_VALUE_NULL;
    }
    Value it = kr_object_iter(th, kr_from_obj(rest));
    Value pair[2] = {first, it};
    Tuple *t = it ? kr_tuple_from_array(th, pair, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef string_functions[] = {
    {"formatter_parser", formatter_parser, "($module, format_string, /)", NULL, 0},
    {"formatter_field_name_split", formatter_field_name_split, "($module, field_name, /)", NULL,
     0},
    {0},
};

int kr_mod__string_init(Thread *th)
{
    return kr_libutil_module(th, "_string", string_functions) ? 0 : -1;
}
