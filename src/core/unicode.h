/*
 * unicode.h -- the Unicode character database, exactly as CPython 3.11 has it
 * (Unicode 14.0.0): character properties, case mappings, names, and the
 * four normalization forms.
 *
 * Who calls what:
 *   tokenizer     kr_unicode_is_xid_start / _is_xid_continue for identifiers,
 *                 kr_unicode_nfkc_utf8 for non-ASCII identifiers
 *                 (PEP 3131), kr_unicode_lookup_name for "\N{...}".
 *   str methods   the is* predicates, the full case mappings (with is_cased
 *                 and is_case_ignorable for the final-sigma rule), and
 *                 isprintable for repr().
 *   int(), float()  kr_unicode_decimal and kr_unicode_isspace.
 *   unicodedata   category, bidirectional, combining, east_asian_width,
 *                 mirrored, decomposition, decimal/digit/numeric, name,
 *                 lookup (with named sequences), normalize, is_normalized.
 *
 * Where the data comes from.  tools/gen_unicode.py runs at build time under
 * /usr/bin/python3.11 and asks python3.11's own unicodedata module and str
 * methods about all 0x110000 code points, then writes build/gen/unicode_db.h.
 * Deriving from the interpreter we must match, instead of from the UCD text
 * files, means CPython's own derivations (what is printable, cased or
 * case-ignorable, its XID sets, its quick-check bits) come along for free
 * and cannot drift.  tools/check_unicode.py compares this API with
 * python3.11 on every code point.
 *
 * Table layout, and why (sizes are for Unicode 14.0):
 *
 *   Properties.  Only ~1270 distinct combinations of the per-character
 *   properties exist, so each combination is stored once as a 16-byte
 *   record (flag bits, category, bidi class, combining class, east asian
 *   width, decimal, digit, numeric index, casing index), and a 3-level
 *   index maps a code point to its record:
 *
 *        cp:  [ top bits | mid bits | leaf bits ]
 *        top[cp >> (s2+s3)] -> block of mid -> block of leaf -> record
 *
 *   Identical blocks are stored once at each level, which is what makes the
 *   planes of unassigned or uniform characters (CJK, private use) nearly
 *   free; the generator tries every pair of shifts and keeps the smallest
 *   (~39 KB, against ~98 KB for the best two-level split as in CPython:
 *   the third level pays off because the upper planes are so uniform).
 *   One record type serves both str and unicodedata, unlike CPython's two
 *   databases, so every query is one lookup.
 *
 *   Case mappings.  A record names one of ~280 casing entries: four int32s
 *   (lower, upper, title, casefold), each a delta to the code point when the
 *   result is one character -- so all of A-Z share "+32" -- or a slice of
 *   case_ext[] for the few multi-character results ('ß'.upper() == "SS").
 *   The simple mappings CPython uses elsewhere (_PyUnicode_ToLowercase, re's
 *   IGNORECASE) are the first code point of the full mapping.
 *
 *   Decompositions.  A second 3-level index gives an offset into
 *   decomp_data[]: a header word (tag, count) then the one-level mapping;
 *   normalization applies it recursively.  Composition pairs are one sorted
 *   array of (first, second, composite) packed in 64 bits, searched by
 *   bisection; Hangul syllables are computed, never stored.
 *
 *   Names (~34,500 stored, ~890 KB of text) take ~340 KB: the ~11,700
 *   distinct words live once in a lexicon; a name is a string of word codes
 *   (one byte for the 207 most common words, two for the rest), and each
 *   name stores only the tokens it does not share with the previous name
 *   ("LATIN SMALL LETTER A WITH ..." runs), restarting every 16 names so
 *   any name decodes from at most 15 predecessors.  Names are numbered in
 *   code point order; a code point finds its number through 32-bit presence
 *   masks with a popcount, and name -> code point bisects an alphabetical
 *   permutation of the numbers (~1 us; no hash table as in CPython).  CJK
 *   unified ideographs and Hangul syllables are computed.
 *
 * All functions are pure and thread-safe: the tables are const and nothing
 * here keeps state.  Code points above 0x10FFFF get the properties of an
 * unassigned character and no name.
 */
#ifndef KR_UNICODE_H
#define KR_UNICODE_H

#include "core/buf.h"
#include "core/common.h"

#define KR_UNICODE_VERSION "14.0.0"
#define KR_UNICODE_LIMIT   0x110000u

/* A buffer of this size holds any character or alias name and its NUL. */
#define KR_UNICODE_NAME_MAX 128
/* Longest full case mapping (lower, upper, title, casefold). */
#define KR_UNICODE_CASE_MAX 3
/* Longest named sequence. */
#define KR_UNICODE_SEQ_MAX 4

/*
 * Character classes.  The is* names without an underscore are CPython's
 * per-character Py_UNICODE_IS* tests behind the str methods of the same
 * name; the raw flags, not the str results: "ǅ".isupper() is false because
 * str.isupper() requires no lowercase or titlecase character, which is the
 * caller's loop (kr_unicode_isupper is false for it too; istitle is true).
 */
bool kr_unicode_isalpha(uint32_t cp);
bool kr_unicode_isdecimal(uint32_t cp);
bool kr_unicode_isdigit(uint32_t cp);
bool kr_unicode_isnumeric(uint32_t cp);
bool kr_unicode_isalnum(uint32_t cp);       /* alpha, decimal, digit or numeric */
bool kr_unicode_isspace(uint32_t cp);       /* str.isspace, str.split() */
bool kr_unicode_islower(uint32_t cp);       /* Lowercase property */
bool kr_unicode_isupper(uint32_t cp);       /* Uppercase property */
bool kr_unicode_istitle(uint32_t cp);       /* category Lt */
bool kr_unicode_isprintable(uint32_t cp);   /* str.isprintable, repr() */
bool kr_unicode_is_linebreak(uint32_t cp);  /* str.splitlines boundaries */
bool kr_unicode_is_cased(uint32_t cp);          /* str.title, final sigma */
bool kr_unicode_is_case_ignorable(uint32_t cp); /* final sigma */

/*
 * Identifiers, as CPython's tokenizer and str.isidentifier test them on the
 * source text, before NFKC: the first character must satisfy is_xid_start,
 * which here includes '_' (XID_Start itself does not), the rest
 * is_xid_continue.
 */
bool kr_unicode_is_xid_start(uint32_t cp);
bool kr_unicode_is_xid_continue(uint32_t cp);

/*
 * Full case mappings, as str.lower/upper/title/casefold apply them to one
 * character: writes 1..KR_UNICODE_CASE_MAX code points to out and returns
 * how many.  Context is the caller's: str.lower() must map U+03A3 to final
 * sigma U+03C2 itself when a cased character precedes it and none follows,
 * skipping case-ignorable ones (see CPython's handle_capital_sigma).
 */
int kr_unicode_lower(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX]);
int kr_unicode_upper(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX]);
int kr_unicode_title(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX]);
int kr_unicode_casefold(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX]);

/* Numeric values: -1 or false when the character has none. */
int kr_unicode_decimal(uint32_t cp);
int kr_unicode_digit(uint32_t cp);
bool kr_unicode_numeric(uint32_t cp, double *value);

/* unicodedata properties.  Strings are static ("Lu", "AL", "Na", ...). */
const char *kr_unicode_category(uint32_t cp);
const char *kr_unicode_bidirectional(uint32_t cp);  /* "" if unassigned */
const char *kr_unicode_east_asian_width(uint32_t cp);
int kr_unicode_combining(uint32_t cp);
bool kr_unicode_mirrored(uint32_t cp);
/* Appends unicodedata.decomposition(), e.g. "<compat> 0020 0301"; nothing
 * if the character has no decomposition mapping. */
void kr_unicode_decomposition(Buf *out, uint32_t cp);

/*
 * The Unicode 3.2.0 view (unicodedata.ucd_3_2_0, for IDNA): the same
 * queries answered as CPython answers them from its 3.2.0 delta.  A
 * character assigned since 3.2.0 is "unassigned" there (category "Cn",
 * bidi "", width "F", no name, no decimal or numeric value -- but, as in
 * CPython, digit() still answers from the current data, so there is no
 * old_digit).  Names otherwise use the current data.
 */
bool kr_unicode_old_unassigned(uint32_t cp);
const char *kr_unicode_old_category(uint32_t cp);
const char *kr_unicode_old_bidirectional(uint32_t cp);
const char *kr_unicode_old_east_asian_width(uint32_t cp);
int kr_unicode_old_combining(uint32_t cp);
bool kr_unicode_old_mirrored(uint32_t cp);
void kr_unicode_old_decomposition(Buf *out, uint32_t cp);
int kr_unicode_old_decimal(uint32_t cp);
bool kr_unicode_old_numeric(uint32_t cp, double *value);

/*
 * Names.  kr_unicode_name writes unicodedata.name(cp) into buf and returns
 * buf, or NULL if the character has no name or bufsize is too small (a
 * KR_UNICODE_NAME_MAX buffer always fits).
 *
 * kr_unicode_lookup_name is what "\N{...}" accepts in CPython 3.11, and
 * returns the code point or -1: character names and name aliases, ASCII
 * case-insensitively ("\N{latin small letter a}", "\N{LF}"); Hangul
 * syllables and CJK unified ideographs computed, which CPython accepts only
 * in upper case ("HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00", with 4
 * or 5 hex digits).  Not named sequences.
 * unicodedata.lookup() also accepts those: try
 * kr_unicode_lookup_named_sequence after a failed lookup_name; it writes
 * up to KR_UNICODE_SEQ_MAX code points and returns their count, or 0.
 */
const char *kr_unicode_name(uint32_t cp, char *buf, size_t bufsize);
int32_t kr_unicode_lookup_name(const char *name, size_t len);
int kr_unicode_lookup_named_sequence(const char *name, size_t len,
                                     uint32_t out[KR_UNICODE_SEQ_MAX]);

/*
 * Normalization (UAX #15, as CPython's unicodedata implements it).  The
 * normalize functions append the result to out as UTF-8; the _utf8
 * variants read (WTF-8) UTF-8, the others code points.  is_normalized runs
 * the quick check and normalizes only when it answers "maybe".
 */
typedef enum NormForm {
    KR_UNICODE_NFC,
    KR_UNICODE_NFD,
    KR_UNICODE_NFKC,
    KR_UNICODE_NFKD,
} NormForm;

/* "NFC", "NFD", "NFKC" or "NFKD" (exactly) to a form; false otherwise. */
bool kr_unicode_norm_form(const char *name, size_t len, NormForm *form);
void kr_unicode_normalize(Buf *out, NormForm form, const uint32_t *cps, size_t n);
void kr_unicode_normalize_utf8(Buf *out, NormForm form, const char *s, size_t len);
bool kr_unicode_is_normalized(NormForm form, const uint32_t *cps, size_t n);
bool kr_unicode_is_normalized_utf8(NormForm form, const char *s, size_t len);
/* The identifier case: kr_unicode_normalize_utf8 with KR_UNICODE_NFKC. */
void kr_unicode_nfkc_utf8(Buf *out, const char *s, size_t len);
/* kr_unicode_normalize_utf8 as unicodedata.ucd_3_2_0.normalize (see the
 * 3.2.0 view above): characters assigned since 3.2.0 do not decompose,
 * and a few ideographs decompose as they did in 3.2.0. */
void kr_unicode_old_normalize_utf8(Buf *out, NormForm form, const char *s, size_t len);

#endif
