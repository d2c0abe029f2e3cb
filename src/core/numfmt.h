/*
 * numfmt.h -- numbers to text and text to numbers, exactly as CPython 3.11.
 *
 * Everything behind format(), str.format(), f-strings and '%' for int,
 * float, complex and str, and behind float(str), int(str, base),
 * float.hex/fromhex, float.as_integer_ratio and round(float, n).  The
 * functions work on plain C data -- UTF-8 text, doubles, digit strings --
 * and write into a malloc-backed Buf, so the object layer calls them with
 * what it has and wraps the result; this library never sees a Value and
 * needs no collector.
 *
 * Who calls what:
 *
 *   float.__format__    kr_numfmt_parse_spec(..., '\0', '>', "float") then
 *                       kr_numfmt_format_float
 *   complex.__format__  parse_spec(..., '\0', '>') + kr_numfmt_format_complex
 *   str.__format__      parse_spec(..., 's', '<') + kr_numfmt_format_str
 *   int.__format__      parse_spec(..., 'd', '>'); a small int then goes to
 *                       kr_numfmt_format_i64, a big one to kr_numfmt_int_kind
 *                       (which base?) and kr_numfmt_format_int_digits with
 *                       mpz_get_str's digits in that base.
 *   str % args          kr_numfmt_pct_parse for each '%' directive, then
 *                       kr_numfmt_pct_float / _pct_i64 / _pct_int_digits /
 *                       _pct_str (for %s %r %a %c after the caller made the
 *                       text).
 *   float repr/str      kr_numfmt_double_to_string(x, 'r', 0, KR_DTSF_ADD_DOT_0)
 *                       (or core/dtoa.h's kr_dtoa_repr, the same text).
 *   float(str)          kr_numfmt_parse_float
 *   int(str, base)      kr_numfmt_parse_int, then mpz_set_str on the digits
 *   str(int)            kr_numfmt_check_str_digits before mpz_get_str
 *
 * An empty spec means str(x) in CPython (format(True, "") is "True"): the
 * caller handles it before parsing.
 *
 * Errors.  Functions that can fail return false (KR_MUST_CHECK) and fill a
 * NumErr: the exception class to raise and its exact CPython message.  The
 * message lives in a Buf because one of them quotes the whole format spec;
 * on success nothing is allocated, so a caller frees err->msg only after a
 * failure.  Two failures need text only the object layer can make -- the
 * repr() of the argument in "could not convert string to float: %R" and
 * "invalid literal for int() with base %d: %.200R" -- so they come back as
 * kind KR_NUMERR_SYNTAX with no message.
 *
 * Text is UTF-8 extended to lone surrogates (WTF-8), as krait's str holds
 * it; widths and precisions count code points, as CPython's do.
 */
#ifndef KR_NUMFMT_H
#define KR_NUMFMT_H

#include "core/buf.h"
#include "core/common.h"

typedef enum NumErrKind {
    KR_NUMERR_NONE = 0,
    KR_NUMERR_VALUE,      /* ValueError, message in msg */
    KR_NUMERR_OVERFLOW,   /* OverflowError, message in msg */
    KR_NUMERR_SYNTAX,     /* ValueError whose message the caller writes */
} NumErrKind;

typedef struct NumErr {
    NumErrKind kind;
    Buf msg;              /* NUL-terminated message; free after a failure */
} NumErr;

/* ---------------------------------------------------------------------- */
/* The format-spec mini-language                                          */
/* ---------------------------------------------------------------------- */

/*
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], parsed
 * as CPython's parse_internal_render_format_spec.  Width and precision
 * digits may be any Unicode decimal digits, as in CPython.
 */
typedef struct FormatSpec {
    uint32_t fill;        /* code point; ' ' unless given (or '0' by the 0 flag) */
    uint32_t type;        /* code point; the default type when absent ('\0' for float) */
    char align;           /* '<' '>' '=' '^' */
    char sign;            /* '\0', '+', '-' or ' ' */
    bool no_neg_zero;     /* 'z' (PEP 682) */
    bool alternate;       /* '#' */
    char grouping;        /* '\0', ',' or '_' */
    uint8_t group_size;   /* 3, or 4 for '_' with b o x X */
    int64_t width;        /* -1 when absent */
    int64_t precision;    /* -1 when absent */
} FormatSpec;

/*
 * Parse spec (len bytes of UTF-8).  default_type and default_align are the
 * type's: int 'd' '>', float and complex '\0' '>', str 's' '<'.  type_name
 * ("int", a subclass's name...) only appears in error messages.
 */
KR_MUST_CHECK bool kr_numfmt_parse_spec(const char *spec, size_t len, uint32_t default_type,
                                        char default_align, const char *type_name,
                                        FormatSpec *out, NumErr *err);

/* format(s, spec) for str; s is len bytes of UTF-8. */
KR_MUST_CHECK bool kr_numfmt_format_str(const char *s, size_t len, const FormatSpec *spec,
                                        Buf *out, NumErr *err);

/* format(x, spec) for float (type_name for "Unknown format code" errors). */
KR_MUST_CHECK bool kr_numfmt_format_float(double x, const FormatSpec *spec, const char *type_name,
                                          Buf *out, NumErr *err);

/* format(complex(re, im), spec). */
KR_MUST_CHECK bool kr_numfmt_format_complex(double re, double im, const FormatSpec *spec,
                                            const char *type_name, Buf *out, NumErr *err);

/*
 * Check spec against an int -- every error the spec alone decides:
 * precision, 'z', 'c' with a sign or '#', an unknown type -- and return the
 * base (2, 8, 10 or 16) in which kr_numfmt_format_int_digits wants the
 * digits; 0 with err set on error.  The float types (e E f F g G %) and
 * 'c' want base 10.
 */
KR_MUST_CHECK int kr_numfmt_int_kind(const FormatSpec *spec, const char *type_name, NumErr *err);

/*
 * format(n, spec) for an int given as its magnitude's digits (n bytes,
 * lower-case, no sign, no leading zeros except "0" itself) in the base
 * kr_numfmt_int_kind returned.  Types d and n apply the int_max_str_digits
 * limit max_str_digits (0: none), as str(n) would; a caller with a huge
 * int may check it earlier, before paying for mpz_get_str.  The float
 * types convert the digits correctly rounded ("int too large to convert to
 * float"); 'c' needs a value in range(0x110000).
 */
KR_MUST_CHECK bool kr_numfmt_format_int_digits(bool negative, const char *digits, size_t n,
                                               const FormatSpec *spec, const char *type_name,
                                               int64_t max_str_digits, Buf *out, NumErr *err);

/* format(v, spec) for an int that fits in int64: every type letter. */
KR_MUST_CHECK bool kr_numfmt_format_i64(int64_t v, const FormatSpec *spec, const char *type_name,
                                        Buf *out, NumErr *err);

/* ---------------------------------------------------------------------- */
/* printf-style '%' formatting                                            */
/* ---------------------------------------------------------------------- */

enum {
    KR_PCT_LJUST = 1,        /* '-' */
    KR_PCT_SIGN = 2,         /* '+' */
    KR_PCT_BLANK = 4,        /* ' ' */
    KR_PCT_ALT = 8,          /* '#' */
    KR_PCT_ZERO = 16,        /* '0' */
    KR_PCT_WIDTH_STAR = 32,  /* width is '*': the caller takes it from the args */
    KR_PCT_PREC_STAR = 64,   /* precision is '*' */
};

typedef struct PctSpec {
    unsigned flags;
    int64_t width;           /* -1 when absent */
    int64_t prec;            /* -1 when absent */
    uint32_t conv;           /* the conversion character, e.g. 'd', 's', '%' */
    size_t key_start, key_len;   /* "%(key)s": the key's byte span; key_len 0 if none
                                    (has_key tells "%()s" apart) */
    bool has_key;
} PctSpec;

/*
 * Parse the directive starting just after a '%' at fmt[*pos]; on success
 * *pos is just after the conversion character.  Errors: "incomplete format
 * key", "incomplete format", "width too big", "precision too big".  A '*'
 * sets the flag; the caller then fetches the int argument ("* wants int")
 * and calls kr_numfmt_pct_set_width / _set_prec.  The conversion character
 * is not validated: "unsupported format character" needs the caller's index.
 */
KR_MUST_CHECK bool kr_numfmt_pct_parse(const char *fmt, size_t len, size_t *pos, PctSpec *out,
                                       NumErr *err);
void kr_numfmt_pct_set_width(PctSpec *spec, int64_t width);  /* negative: left-justify */
void kr_numfmt_pct_set_prec(PctSpec *spec, int64_t prec);    /* negative: 0 */

/* %e %E %f %F %g %G of x. */
void kr_numfmt_pct_float(double x, const PctSpec *spec, Buf *out);
/* %d %i %u %o %x %X of an int given as magnitude digits in base 10/8/16. */
void kr_numfmt_pct_int_digits(bool negative, const char *digits, size_t n, const PctSpec *spec,
                              Buf *out);
/* The same for an int64. */
void kr_numfmt_pct_i64(int64_t v, const PctSpec *spec, Buf *out);
/* %s %r %a %c: text the caller made (str(), repr(), ascii(), the char),
 * cut to the precision (s r a) and padded to the width. */
void kr_numfmt_pct_str(const char *s, size_t len, const PctSpec *spec, Buf *out);
/* The same for bytes formatting (%s %b %c of bytes): widths count bytes. */
void kr_numfmt_pct_bytes(const char *s, size_t len, const PctSpec *spec, Buf *out);

/* ---------------------------------------------------------------------- */
/* Floats to text                                                         */
/* ---------------------------------------------------------------------- */

/* Flags of kr_numfmt_double_to_string (CPython's Py_DTSF_*). */
enum {
    KR_DTSF_SIGN = 1,        /* always a sign */
    KR_DTSF_ADD_DOT_0 = 2,   /* "1.0", and 'g' switches to exponent one digit sooner */
    KR_DTSF_ALT = 4,         /* '#': keep the point and trailing zeros */
    KR_DTSF_NO_NEG_0 = 8,    /* 'z': a result that shows as -0 loses its sign */
};

/*
 * PyOS_double_to_string: x in format code e E f F g G or r (shortest
 * repr; precision must be 0) with precision digits, appended to out.
 * Correctly rounded for every precision.
 */
void kr_numfmt_double_to_string(double x, char code, int precision, unsigned flags, Buf *out);

/*
 * The common case of "%.*f" for |x|: x finite, non-negative, below 2**63,
 * precision 0..17.  Writes the digits (NUL-terminated, no sign) to out,
 * which holds at least 64 bytes, and returns their length; returns -1 when
 * x is outside that case and the caller must take the general path.  The
 * result is exact (round half even on the binary value), so it equals
 * kr_numfmt_double_to_string's and printf's, at a fraction of the cost.
 */
int kr_numfmt_fixed_fast(double x, int precision, char *out);

/* float.hex(): "0x1.8000000000000p+0", "-0x0.0p+0", "inf", "nan". */
void kr_numfmt_float_hex(double x, Buf *out);

/*
 * float.as_integer_ratio(): x == mant * 2**exp2 with mant odd (or 0 and
 * exp2 0).  The caller builds numerator = mant << max(exp2, 0) and
 * denominator = 1 << max(-exp2, 0).  Fails for inf (OverflowError) and nan.
 */
KR_MUST_CHECK bool kr_numfmt_float_ratio(double x, int64_t *mant, int *exp2, NumErr *err);

/* round(x): the nearest integer-valued double, ties to even. */
double kr_numfmt_round_half_even(double x);

/*
 * round(x, ndigits) for a float: x correctly rounded to ndigits decimal
 * places (negative: tens, hundreds...), ties to even on the exact value,
 * as CPython's double_round.  OverflowError "rounded value too large to
 * represent" when the result overflows.
 */
KR_MUST_CHECK bool kr_numfmt_round(double x, int64_t ndigits, double *out, NumErr *err);

/* ---------------------------------------------------------------------- */
/* Text to numbers                                                        */
/* ---------------------------------------------------------------------- */

/*
 * float(s): Unicode whitespace around, Unicode decimal digits, '_' between
 * digits, inf/infinity/nan in any case with a sign.  Overflow gives +-inf,
 * as float() does.  false means KR_NUMERR_SYNTAX: the caller raises
 * ValueError("could not convert string to float: %R").
 */
KR_MUST_CHECK bool kr_numfmt_parse_float(const char *s, size_t len, double *out);

/*
 * float.fromhex(s): errors "invalid hexadecimal floating-point string"
 * (ValueError) and "hexadecimal value too large to represent as a float"
 * (OverflowError).
 */
KR_MUST_CHECK bool kr_numfmt_float_fromhex(const char *s, size_t len, double *out, NumErr *err);

/* The result of kr_numfmt_parse_int. */
typedef struct IntText {
    bool negative;
    int base;             /* the base the digits are in, 2..36 */
    bool small;           /* the value fits in int64: see value */
    int64_t value;        /* the signed value when small */
    Buf digits;           /* magnitude digits, ASCII, no '_', NUL-terminated, for
                             mpz_set_str(z, digits.data, base); caller frees */
} IntText;

/*
 * int(s, base) for str s, base 0 or 2..36, with the int_max_str_digits limit
 * (0 = none).  Errors: "int() base must be >= 2 and <= 36, or 0", the
 * 4300-digit limit message, and KR_NUMERR_SYNTAX for "invalid literal for
 * int() with base %d: %.200R" (the base as passed in).  out->digits is
 * initialised by this function and is empty after a failure.
 */
KR_MUST_CHECK bool kr_numfmt_parse_int(const char *s, size_t len, int base, int64_t max_str_digits,
                                       IntText *out, NumErr *err);

/*
 * str(n) limit: an int with ndigits decimal digits (no sign) may not be
 * converted to decimal text when ndigits > limit > 0.  CPython 3.11's
 * message in err.
 */
KR_MUST_CHECK bool kr_numfmt_check_str_digits(size_t ndigits, int64_t limit, NumErr *err);

#endif
