/*
 * _decimal_format.c -- Decimal.__format__(spec, override=None): CPython's
 * Decimal format mini-language, as _decimal (libmpdec) reads it:
 *
 *   [[fill]align][sign][z][#... no][0][width][,][.precision][type]
 *
 * with types e E f F g G % n N.  Unlike float's, there is no '#' and no
 * '_', '0' may not follow an explicit alignment, 'z' may stand before or
 * after the sign, and 'n'/'N' take the decimal point, the thousands
 * separator and the grouping from the C locale (or from the `override`
 * dict, an undocumented hook test_decimal uses).
 *
 * The number is first rounded as the type asks (significant digits for
 * e/g, a fixed exponent for f/%) in the current context's rounding mode,
 * without touching its flags; then its digits are laid out around the
 * decimal point, grouped, signed, padded and aligned.  Everything is
 * built as UTF-8 (a fill, a separator or a decimal point may be any
 * character) and widths count characters.
 */
#include <locale.h>
#include <string.h>

#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "core/buf.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/errors.h"

typedef struct Fmt {
    char fill[5];             /* UTF-8 (may be a NUL character) */
    size_t fill_len;
    char align;               /* '<', '>', '^', '=' */
    char sign;                /* '-', '+', ' ' */
    bool zeropad, no_neg_0, have_align;
    int64_t width, prec;      /* prec -1: not given */
    char type;                /* 0 or one of eEfFgG% (n/N become g/G) */
    const char *dot, *sep, *grouping;   /* grouping: localeconv's bytes */
} Fmt;

static Value invalid_format(Thread *th)
{
    kr_err_set_string(th, &kr_exc_ValueError, "invalid format string");
    return KR_VALUE_NULL;
}

/* Characters in a UTF-8 string. */
static int64_t utf8_chars(const char *s, size_t n)
{
    int64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static size_t utf8_lead_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int64_t parse_num(const char *s, size_t n, size_t *i)
{
    int64_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (s[(*i)++] - '0');
    }
    return v;
}

/* The spec in s[0:n] into f; false: invalid.  'n'/'N' leave f->dot NULL
 * for the caller to fill from the locale. */
static bool parse_fmt(const char *s, size_t n, Fmt *f)
{
    *f = (Fmt){.fill = " ", .fill_len = 1, .align = '>', .sign = '-', .width = -1, .prec = -1,
               .dot = "", .sep = "", .grouping = ""};
    size_t i = 0, l = n ? utf8_lead_len((unsigned char)s[0]) : 0;
    if (n > l && l <= 4 && is_align(s[l])) {
        memcpy(f->fill, s, l);
        f->fill_len = l;
        f->align = s[l], f->have_align = true;
        i = l + 1;
    } else if (n && is_align(s[0])) {
        f->align = s[0], f->have_align = true;
        i = 1;
    }
    if (i < n && s[i] == 'z')
        f->no_neg_0 = true, i++;
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        f->sign = s[i++];
    if (!f->no_neg_0 && i < n && s[i] == 'z')
        f->no_neg_0 = true, i++;
    if (i < n && s[i] == '0') {
        if (f->have_align)
            return false;
        f->zeropad = true;
        f->fill[0] = '0', f->fill_len = 1;
        f->align = '=';
        i++;
    }
    if (i < n && s[i] >= '0' && s[i] <= '9') {
        if (s[i] == '0' || (f->width = parse_num(s, n, &i)) < 0)
            return false;
    }
    if (i < n && s[i] == ',') {
        f->dot = ".", f->sep = ",", f->grouping = "\3";
        i++;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (i == n || s[i] < '0' || s[i] > '9' || (f->prec = parse_num(s, n, &i)) < 0)
            return false;
    }
    if (i < n && strchr("eEfFgG%nN", s[i]) && s[i]) {
        f->type = s[i++];
        if (f->type == 'n' || f->type == 'N') {
            if (*f->sep)
                return false;
            f->type = f->type == 'n' ? 'g' : 'G';
            f->dot = NULL;
        }
    }
    return i == n;
}

/* One string entry of the override dict as UTF-8 into *out (left as it
 * is when the key is missing): 0, or -1 with an exception. */
static int override_item(Thread *th, Dict *d, const char *key, const char **out)
{
    Str *k = kr_str_from_cstr(th, key);
    if (!k)
        return -1;
    Value v = kr_dict_get_str(d, k);
    if (!v)
        return 0;
    if (!kr_is_str(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "expected str");
        return -1;
    }
    size_t n;
    return (*out = kr_str_utf8(th, kr_as_str(v), &n)) ? 0 : -1;
}

/* libmpdec's check of a decimal point, separator and grouping. */
static bool valid_lconv(const Fmt *f)
{
    for (const unsigned char *g = (const unsigned char *)f->grouping; *g; g++)
        if (*g >= 128)
            return false;
    size_t n = strlen(f->dot);
    return n > 0 && n <= 4 && strlen(f->sep) <= 4;
}

/* The separators: the override dict's, else for 'n' the C locale's. */
static int locale_parts(Thread *th, Fmt *f, Value override)
{
    if (override && override != KR_NONE) {
        if (!kr_is_dict(override)) {
            kr_err_set_string(th, &kr_exc_TypeError, "optional argument must be a dict");
            return -1;
        }
        Dict *d = (Dict *)kr_as_obj(override);
        if (!f->dot) {
            struct lconv *lc = localeconv();
            f->dot = lc->decimal_point, f->sep = lc->thousands_sep, f->grouping = lc->grouping;
        }
        if (override_item(th, d, "decimal_point", &f->dot) < 0 ||
            override_item(th, d, "thousands_sep", &f->sep) < 0 ||
            override_item(th, d, "grouping", &f->grouping) < 0)
            return -1;
        if (!valid_lconv(f)) {
            kr_err_set_string(th, &kr_exc_ValueError, "invalid override dict");
            return -1;
        }
        return 0;
    }
    if (!f->dot) {
        struct lconv *lc = localeconv();
        f->dot = lc->decimal_point, f->sep = lc->thousands_sep, f->grouping = lc->grouping;
    }
    return 0;
}

/* Append n copies of the fill. */
static void put_fill(Buf *b, const Fmt *f, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        kr_buf_write(b, f->fill, f->fill_len);
}

/* sign + body padded to the width and aligned (_format_align). */
static Value align_out(Thread *th, const Fmt *f, const char *sign, const char *body,
                       size_t blen)
{
    int64_t len = utf8_chars(sign, strlen(sign)) + utf8_chars(body, blen);
    int64_t pad = f->width > len ? f->width - len : 0, left = 0;
    switch (f->align) {
    case '<': left = 0; break;
    case '^': left = pad / 2; break;
    default: left = pad; break;
    }
    Buf b;
    kr_buf_init(&b);
    if (f->align == '=') {
        kr_buf_puts(&b, sign);
        put_fill(&b, f, pad);
    } else {
        put_fill(&b, f, left);
        kr_buf_puts(&b, sign);
    }
    kr_buf_write(&b, body, blen);
    if (f->align != '=')
        put_fill(&b, f, pad - left);
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* The integer digits with the separators inserted by the grouping, padded
 * with zeros to at least min_width characters (_insert_thousands_sep). */
static void group_digits(Buf *out, const Fmt *f, const char *digits, int64_t n, int64_t min_width)
{
    int64_t seplen = utf8_chars(f->sep, strlen(f->sep));
    /* the groups are produced right to left, then written reversed */
    Buf gb;                       /* (digits left, group length) pairs */
    kr_buf_init(&gb);
    int64_t ng = 0;
    const unsigned char *g = (const unsigned char *)f->grouping;
    int64_t last = 0;
    bool done = false;
    while (!done) {
        int64_t l;
        bool final = false;
        if (*g && *g != 127) {
            last = *g++;
            l = last;
        } else if (!*g && last > 0) {
            l = last;                     /* 0 ends the list: repeat the last */
        } else {
            final = true;                 /* no grouping left (CHAR_MAX or none) */
            l = 0;
        }
        if (final) {
            l = n > min_width ? n : min_width;
            if (l < 1)
                l = 1;
            done = true;
        } else {
            int64_t m = n > min_width ? n : min_width;
            if (m < 1)
                m = 1;
            if (l > m)
                l = m;
        }
        int64_t pair[2] = {n, l};
        kr_buf_write(&gb, pair, sizeof pair);
        ng++;
        n = n > l ? n - l : 0;
        min_width -= l;
        if (!done && n == 0 && min_width <= 0)
            break;
        if (!done)
            min_width -= seplen;
    }
    for (int64_t k = ng - 1; k >= 0; k--) {
        int64_t pair[2];
        memcpy(pair, gb.data + k * (int64_t)sizeof pair, sizeof pair);
        int64_t left = pair[0], l = pair[1];
        int64_t have = left < l ? left : l;
        for (int64_t z = have; z < l; z++)
            kr_buf_putc(out, '0');
        kr_buf_write(out, digits + left - have, (size_t)have);
        if (k)
            kr_buf_puts(out, f->sep);
    }
    kr_buf_free(&gb);
}

/* A finite d as the spec asks; d already rounded. */
static Value format_finite(Thread *th, const Fmt *f, const Dec *d, char type)
{
    int64_t n;
    char *digits = kr_dec_digits(th, d, &n);
    if (!digits)
        return KR_VALUE_NULL;
    bool zero = kr_dec_coef_zero(d);
    int64_t exp = d->exp + (type == '%' ? 2 : 0);
    int64_t leftdigits = exp + n, dotplace;
    if (type == 'e' || type == 'E')
        dotplace = zero && f->prec >= 0 ? 1 - f->prec : 1;
    else if (type == 'f' || type == 'F' || type == '%')
        dotplace = leftdigits;
    else
        dotplace = exp <= 0 && leftdigits > -6 ? leftdigits : 1;
    Buf ip, fp;
    kr_buf_init(&ip);
    kr_buf_init(&fp);
    if (dotplace < 0) {
        kr_buf_putc(&ip, '0');
        for (int64_t i = 0; i < -dotplace; i++)
            kr_buf_putc(&fp, '0');
        kr_buf_write(&fp, digits, (size_t)n);
    } else if (dotplace > n) {
        kr_buf_write(&ip, digits, (size_t)n);
        for (int64_t i = n; i < dotplace; i++)
            kr_buf_putc(&ip, '0');
    } else {
        if (dotplace)
            kr_buf_write(&ip, digits, (size_t)dotplace);
        else
            kr_buf_putc(&ip, '0');
        kr_buf_write(&fp, digits + dotplace, (size_t)(n - dotplace));
    }
    int64_t e = leftdigits - dotplace;
    const char *sign = d->sign && !(zero && f->no_neg_0) ? "-" : f->sign == '-' ? "" :
                       f->sign == '+' ? "+" : " ";
    Buf tail;                      /* point, fraction, exponent, % */
    kr_buf_init(&tail);
    if (fp.len) {
        kr_buf_puts(&tail, *f->dot ? f->dot : ".");
        kr_buf_write(&tail, fp.data, fp.len);
    }
    if (e != 0 || type == 'e' || type == 'E')
        kr_buf_printf(&tail, "%c%+lld", (type == 'E' || type == 'G') ? 'E' : 'e', (long long)e);
    if (type == '%')
        kr_buf_putc(&tail, '%');
    int64_t min_width = 0;
    if (f->zeropad)
        min_width = f->width - utf8_chars(tail.data, tail.len) - (int64_t)strlen(sign);
    Buf body;
    kr_buf_init(&body);
    group_digits(&body, f, ip.data, (int64_t)ip.len, min_width);
    if (tail.len)
        kr_buf_write(&body, tail.data, tail.len);
    Value r = align_out(th, f, sign, body.data, body.len);
    kr_buf_free(&ip), kr_buf_free(&fp), kr_buf_free(&tail), kr_buf_free(&body);
    return r;
}

/* d rounded to `places` significant digits (_pydecimal's _round). */
static Dec *round_sig(Thread *th, const Dec *d, int64_t places, DecRound mode)
{
    if (kr_dec_coef_zero(d))
        return (Dec *)d;
    int64_t adj = d->exp + kr_dec_ndigits(d) - 1;
    Dec *r = kr_dec_rescale(th, d, adj + 1 - places, mode);
    if (r && !kr_dec_coef_zero(r) && r->exp + kr_dec_ndigits(r) - 1 != adj)
        r = kr_dec_rescale(th, r, r->exp + kr_dec_ndigits(r) - places, mode);
    return r;
}

static Value dec_format(Thread *th, const Dec *d, Str *spec, Value override)
{
    size_t n;
    const char *s = kr_str_utf8(th, spec, &n);
    Fmt f;
    if (!s)
        return KR_VALUE_NULL;
    if (!parse_fmt(s, n, &f))
        return invalid_format(th);
    if (locale_parts(th, &f, override) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_current(th);
    if (!ctx)
        return KR_VALUE_NULL;
    if (d->kind != DEC_FINITE) {
        if (f.zeropad)
            f.fill[0] = ' ', f.fill_len = 1, f.align = '>';
        Value t = kr_dec_str(th, kr_from_obj((Dec *)d));
        size_t tl;
        const char *ts = t ? kr_str_utf8(th, kr_as_str(t), &tl) : NULL;
        if (!ts)
            return KR_VALUE_NULL;
        Buf b;
        kr_buf_init(&b);
        kr_buf_write(&b, ts + (d->sign ? 1 : 0), tl - (d->sign ? 1 : 0));
        if (f.type == '%')
            kr_buf_putc(&b, '%');
        Value r = align_out(th, &f, d->sign ? "-" : f.sign == '-' ? "" : f.sign == '+' ? "+" : " ",
                            b.data, b.len);
        kr_buf_free(&b);
        return r;
    }
    char type = f.type ? f.type : ctx->capitals ? 'G' : 'g';
    if (f.prec == 0 && (type == 'g' || type == 'G'))
        f.prec = 1;
    DecRound mode = (DecRound)ctx->round;
    const Dec *x = d;
    if (f.prec >= 0) {
        if (type == 'e' || type == 'E')
            x = round_sig(th, d, f.prec + 1, mode);
        else if (type == 'f' || type == 'F')
            x = kr_dec_rescale(th, d, -f.prec, mode);
        else if (type == '%')
            x = kr_dec_rescale(th, d, -f.prec - 2, mode);
        else if (kr_dec_ndigits(d) > f.prec)
            x = round_sig(th, d, f.prec, mode);
        if (!x)
            return KR_VALUE_NULL;
    }
    int64_t fexp = type == '%' ? x->exp + 2 : x->exp;
    if (kr_dec_coef_zero(x) && fexp > 0 && strchr("fF%", type) &&
        !(x = kr_dec_rescale(th, x, type == '%' ? -2 : 0, mode)))
        return KR_VALUE_NULL;
    return format_finite(th, &f, x, type);
}

/* Decimal.__format__(format_spec, override=None, /) */
KR_LIB_FUNC(dec_format_method)
{
    if (kr_libutil_no_keywords(th, "__format__", kw) < 0 ||
        kr_libutil_check_positional(th, "__format__", nargs - 1, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "format arg must be str");
        return KR_VALUE_NULL;
    }
    return dec_format(th, kr_as_dec(args[0]), kr_as_str(args[1]), nargs > 2 ? args[2] : KR_NONE);
}

const MethodDef kr_dec_format_methods[] = {
    {"__format__", dec_format_method, "($self, format_spec, override=None, /)", NULL, 0},
    {0},
};
