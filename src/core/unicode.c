/*
 * unicode.c -- queries over the generated Unicode tables; see unicode.h for
 * the layout and why it was chosen, tools/gen_unicode.py for how the tables
 * are made.
 *
 * Three parts: property and case lookups (one indexed record each), names
 * (a decoder for the front-coded phrasebook plus the computed Hangul and
 * CJK names), and normalization, which follows CPython's unicodedata
 * algorithm step for step so that even its edge cases agree: recursive
 * decomposition, a stable insertion sort of combining marks, then
 * composition onto the last starter.
 */
#include "core/unicode.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"

static_assert(KR_UDB_NAME_LEN_MAX < KR_UNICODE_NAME_MAX, "name buffer too small");
static_assert(KR_UDB_DECOMP_MAX < 32, "decomposition header too narrow");

/* ------------------------------------------------------------ properties */

static const UdbProps *props(uint32_t cp)
{
    return &udb_props[cp < KR_UNICODE_LIMIT ? props_index(cp) : 0];
}

static bool has(uint32_t cp, uint32_t flag)
{
    return (props(cp)->flags & flag) != 0;
}

bool kr_unicode_isalpha(uint32_t cp) { return has(cp, KR_UDB_ALPHA); }
bool kr_unicode_isdecimal(uint32_t cp) { return has(cp, KR_UDB_DECIMAL); }
bool kr_unicode_isdigit(uint32_t cp) { return has(cp, KR_UDB_DIGIT); }
bool kr_unicode_isnumeric(uint32_t cp) { return has(cp, KR_UDB_NUMERIC); }
bool kr_unicode_isspace(uint32_t cp) { return has(cp, KR_UDB_SPACE); }
bool kr_unicode_islower(uint32_t cp) { return has(cp, KR_UDB_LOWER); }
bool kr_unicode_isupper(uint32_t cp) { return has(cp, KR_UDB_UPPER); }
bool kr_unicode_istitle(uint32_t cp) { return has(cp, KR_UDB_TITLE); }
bool kr_unicode_isprintable(uint32_t cp) { return has(cp, KR_UDB_PRINTABLE); }
bool kr_unicode_is_linebreak(uint32_t cp) { return has(cp, KR_UDB_LINEBREAK); }
bool kr_unicode_is_cased(uint32_t cp) { return has(cp, KR_UDB_CASED); }
bool kr_unicode_is_case_ignorable(uint32_t cp) { return has(cp, KR_UDB_CASE_IGNORABLE); }
bool kr_unicode_is_xid_start(uint32_t cp) { return has(cp, KR_UDB_XID_START); }
bool kr_unicode_is_xid_continue(uint32_t cp) { return has(cp, KR_UDB_XID_CONTINUE); }

bool kr_unicode_isalnum(uint32_t cp)
{
    return has(cp, KR_UDB_ALPHA | KR_UDB_DECIMAL | KR_UDB_DIGIT | KR_UDB_NUMERIC);
}

int kr_unicode_decimal(uint32_t cp) { return props(cp)->decimal; }
int kr_unicode_digit(uint32_t cp) { return props(cp)->digit; }

bool kr_unicode_numeric(uint32_t cp, double *value)
{
    unsigned i = props(cp)->numeric;
    if (i == 0)
        return false;
    *value = udb_numerics[i];
    return true;
}

const char *kr_unicode_category(uint32_t cp)
{
    return udb_category_names[props(cp)->category];
}

const char *kr_unicode_bidirectional(uint32_t cp)
{
    return udb_bidi_names[props(cp)->bidi];
}

const char *kr_unicode_east_asian_width(uint32_t cp)
{
    return udb_eaw_names[props(cp)->eaw];
}

int kr_unicode_combining(uint32_t cp) { return props(cp)->combining; }
bool kr_unicode_mirrored(uint32_t cp) { return has(cp, KR_UDB_MIRRORED); }

/* ------------------------------------------------------------ case */

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_FOLD };

static int case_map(uint32_t cp, int which, uint32_t out[KR_UNICODE_CASE_MAX])
{
    int32_t v = udb_casings[props(cp)->casing][which];
    if (v < (int32_t)KR_UDB_CASE_EXT) {
        out[0] = cp + (uint32_t)v;      /* unsigned: wraps back for negative v */
        return 1;
    }
    int n = (v >> 24) & 0x3F;
    memcpy(out, &udb_case_ext[v & 0xFFFFFF], (size_t)n * sizeof *out);
    return n;
}

int kr_unicode_lower(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX])
{
    return case_map(cp, CASE_LOWER, out);
}

int kr_unicode_upper(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX])
{
    return case_map(cp, CASE_UPPER, out);
}

int kr_unicode_title(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX])
{
    return case_map(cp, CASE_TITLE, out);
}

int kr_unicode_casefold(uint32_t cp, uint32_t out[KR_UNICODE_CASE_MAX])
{
    return case_map(cp, CASE_FOLD, out);
}

/* ------------------------------------------------------------ decomposition */

/* Hangul syllables are L V T jamo combinations, numbered in that order;
 * their decompositions and names are arithmetic (Unicode 3.12). */
#define SBASE  0xAC00u
#define LBASE  0x1100u
#define VBASE  0x1161u
#define TBASE  0x11A7u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

/* The decomposition record of cp: header word, then the mapping; NULL if
 * the character has none (Hangul syllables included: their decomposition
 * is computed, and unicodedata.decomposition() shows none). */
static const uint32_t *decomp_record(uint32_t cp)
{
    if (cp >= KR_UNICODE_LIMIT)
        return NULL;
    uint32_t off = decomp_index(cp);
    return off ? &udb_decomp_data[off] : NULL;
}

void kr_unicode_decomposition(Buf *out, uint32_t cp)
{
    const uint32_t *d = decomp_record(cp);
    if (!d)
        return;
    unsigned tag = d[0] & 0xFF, n = d[0] >> 8;
    kr_buf_puts(out, udb_decomp_tags[tag]);
    for (unsigned i = 0; i < n; i++)
        kr_buf_printf(out, tag || i ? " %04X" : "%04X", (unsigned)d[1 + i]);
}

/* ------------------------------------------------------------ Unicode 3.2.0 */

/* The 3.2.0 view: bisection in the generated delta (a few hundred
 * entries each); see unicode.h for what it covers. */
bool kr_unicode_old_unassigned(uint32_t cp)
{
    size_t lo = 0, hi = KR_ARRAY_LEN(udb_old_new_ranges);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp > udb_old_new_ranges[mid][1])
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < KR_ARRAY_LEN(udb_old_new_ranges) && cp >= udb_old_new_ranges[lo][0];
}

/* The changed properties of an assigned character, or NULL. */
static const UdbOld *old_change(uint32_t cp)
{
    size_t lo = 0, hi = KR_ARRAY_LEN(udb_old_changes);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp > udb_old_changes[mid].cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < KR_ARRAY_LEN(udb_old_changes) && udb_old_changes[lo].cp == cp
               ? &udb_old_changes[lo]
               : NULL;
}

const char *kr_unicode_old_category(uint32_t cp)
{
    if (kr_unicode_old_unassigned(cp))
        return KR_UDB_OLD_UNASSIGNED_CATEGORY;
    const UdbOld *c = old_change(cp);
    return c && c->category != 0xFF ? udb_category_names[c->category]
                                    : kr_unicode_category(cp);
}

const char *kr_unicode_old_bidirectional(uint32_t cp)
{
    if (kr_unicode_old_unassigned(cp))
        return KR_UDB_OLD_UNASSIGNED_BIDI;
    const UdbOld *c = old_change(cp);
    return c && c->bidi != 0xFF ? udb_bidi_names[c->bidi] : kr_unicode_bidirectional(cp);
}

const char *kr_unicode_old_east_asian_width(uint32_t cp)
{
    if (kr_unicode_old_unassigned(cp))
        return KR_UDB_OLD_UNASSIGNED_EAW;
    const UdbOld *c = old_change(cp);
    return c && c->eaw != 0xFF ? udb_eaw_names[c->eaw] : kr_unicode_east_asian_width(cp);
}

int kr_unicode_old_combining(uint32_t cp)
{
    return kr_unicode_old_unassigned(cp) ? 0 : kr_unicode_combining(cp);
}

bool kr_unicode_old_mirrored(uint32_t cp)
{
    if (kr_unicode_old_unassigned(cp))
        return false;
    const UdbOld *c = old_change(cp);
    return c && c->mirrored >= 0 ? c->mirrored : kr_unicode_mirrored(cp);
}

void kr_unicode_old_decomposition(Buf *out, uint32_t cp)
{
    if (!kr_unicode_old_unassigned(cp))
        kr_unicode_decomposition(out, cp);
}

int kr_unicode_old_decimal(uint32_t cp)
{
    if (kr_unicode_old_unassigned(cp))
        return -1;
    const UdbOld *c = old_change(cp);
    return c && c->decimal != -2 ? c->decimal : kr_unicode_decimal(cp);
}

bool kr_unicode_old_numeric(uint32_t cp, double *value)
{
    return !kr_unicode_old_unassigned(cp) && kr_unicode_numeric(cp, value);
}

/* ------------------------------------------------------------ names */

#define CJK_PREFIX    "CJK UNIFIED IDEOGRAPH-"
#define HANGUL_PREFIX "HANGUL SYLLABLE "
#define CJK_PREFIX_LEN    (sizeof CJK_PREFIX - 1)
#define HANGUL_PREFIX_LEN (sizeof HANGUL_PREFIX - 1)

enum { TOK_END, TOK_HYPHEN, TOK_SPACE, TOK_HEX, TOK_WORD };

static bool is_cjk_unified(uint32_t cp)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(udb_cjk_ranges); i++)
        if (cp >= udb_cjk_ranges[i][0] && cp <= udb_cjk_ranges[i][1])
            return true;
    return false;
}

/* One token of the phrasebook: a TOK_* value, or TOK_WORD + word index. */
static unsigned read_token(const uint8_t **pp)
{
    unsigned b = *(*pp)++;
    if (b < KR_UDB_NAME_TWO_BYTE)
        return b;
    return KR_UDB_NAME_TWO_BYTE + ((b - KR_UDB_NAME_TWO_BYTE) << 8 | *(*pp)++);
}

/*
 * The tokens of name number e.  Each name starts with the count of tokens
 * it shares with the previous one, so decoding starts at the head of e's
 * group of KR_UDB_NAME_GROUP names and walks forward, keeping the previous
 * tokens in place.
 */
static size_t entry_tokens(uint32_t e, uint16_t toks[KR_UDB_NAME_TOKENS_MAX])
{
    const uint8_t *p = udb_phrasebook + udb_name_restart[e / KR_UDB_NAME_GROUP];
    for (uint32_t i = e - e % KR_UDB_NAME_GROUP;; i++) {
        size_t n = *p++;
        while (*p != TOK_END)
            toks[n++] = (uint16_t)read_token(&p);
        p++;
        if (i == e)
            return n;
    }
}

static size_t put_hex(char *buf, uint32_t cp)
{
    return (size_t)snprintf(buf, 8, "%04X", (unsigned)cp);
}

/* Spell tokens out; a space separates two words implicitly.  Returns the
 * length; buf holds KR_UDB_NAME_LEN_MAX + 1 bytes. */
static size_t render(uint32_t cp, const uint16_t *toks, size_t n, char *buf)
{
    size_t len = 0;
    bool prev_word = false;
    for (size_t i = 0; i < n; i++) {
        unsigned t = toks[i];
        if (t == TOK_HYPHEN || t == TOK_SPACE) {
            buf[len++] = t == TOK_HYPHEN ? '-' : ' ';
            prev_word = false;
            continue;
        }
        if (prev_word)
            buf[len++] = ' ';
        if (t == TOK_HEX) {
            len += put_hex(buf + len, cp);
        } else {
            unsigned w = t - TOK_WORD;
            size_t wl = (size_t)(udb_word_off[w + 1] - udb_word_off[w]);
            memcpy(buf + len, udb_lexicon + udb_word_off[w], wl);
            len += wl;
        }
        prev_word = true;
    }
    buf[len] = '\0';
    return len;
}

/* Name number of cp, or -1: rank of cp among named code points, from the
 * 32-bit presence mask of its chunk. */
static int32_t entry_of(uint32_t cp)
{
    uint32_t key = cp / 32, bit = cp % 32;
    size_t lo = 0, hi = KR_ARRAY_LEN(udb_name_chunk_key);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (udb_name_chunk_key[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == KR_ARRAY_LEN(udb_name_chunk_key) || udb_name_chunk_key[lo] != key)
        return -1;
    uint32_t mask = udb_name_chunk_mask[lo];
    if (!(mask >> bit & 1))
        return -1;
    return udb_name_chunk_base[lo] + __builtin_popcount(mask & ((1u << bit) - 1));
}

/* The code point of name number e: the inverse of entry_of. */
static uint32_t cp_of(uint32_t e)
{
    size_t lo = 0, hi = KR_ARRAY_LEN(udb_name_chunk_base);
    while (hi - lo > 1) {       /* last chunk whose base <= e */
        size_t mid = (lo + hi) / 2;
        if (udb_name_chunk_base[mid] <= e)
            lo = mid;
        else
            hi = mid;
    }
    uint32_t mask = udb_name_chunk_mask[lo];
    for (uint32_t k = e - udb_name_chunk_base[lo]; k; k--)
        mask &= mask - 1;
    return udb_name_chunk_key[lo] * 32u + (uint32_t)__builtin_ctz(mask);
}

static size_t entry_name(uint32_t e, uint32_t cp, char *buf)
{
    uint16_t toks[KR_UDB_NAME_TOKENS_MAX];
    return render(cp, toks, entry_tokens(e, toks), buf);
}

static size_t hangul_name(uint32_t cp, char *buf)
{
    uint32_t s = cp - SBASE;
    return (size_t)sprintf(buf, "%s%s%s%s", HANGUL_PREFIX, udb_jamo_l[s / NCOUNT],
                           udb_jamo_v[s % NCOUNT / TCOUNT], udb_jamo_t[s % TCOUNT]);
}

const char *kr_unicode_name(uint32_t cp, char *buf, size_t bufsize)
{
    char tmp[KR_UNICODE_NAME_MAX];
    size_t len;
    if (cp - SBASE < SCOUNT) {
        len = hangul_name(cp, tmp);
    } else if (is_cjk_unified(cp)) {
        len = (size_t)sprintf(tmp, CJK_PREFIX "%X", (unsigned)cp);
    } else {
        int32_t e = entry_of(cp);
        if (e < 0)
            return NULL;
        len = entry_name((uint32_t)e, cp, tmp);
    }
    if (len >= bufsize)
        return NULL;
    memcpy(buf, tmp, len + 1);
    return buf;
}

/* memcmp order, shorter first on a common prefix: Python's str order for
 * the ASCII names, which is how the generator sorted them. */
static int compare(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c)
        return c;
    return (alen > blen) - (alen < blen);
}

static int32_t lookup_stored(const char *key, size_t len)
{
    char buf[KR_UNICODE_NAME_MAX];
    size_t lo = 0, hi = KR_UDB_NAME_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t e = udb_name_order[mid], cp = cp_of(e);
        int c = compare(key, len, buf, entry_name(e, cp, buf));
        if (c == 0)
            return (int32_t)cp;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* Index of key in a sorted text table (offsets into text), or -1. */
static int search_text(const char *text, const uint16_t *off, size_t count,
                       const char *key, size_t len)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = compare(key, len, text + off[mid], (size_t)(off[mid + 1] - off[mid]));
        if (c == 0)
            return (int)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* CPython's find_syllable: the longest jamo name that prefixes s (the
 * empty name counts); returns its length and sets *index, or -1. */
static int find_jamo(const char *s, size_t len, const char *const *names,
                     size_t count, size_t *index)
{
    int best = -1;
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(names[i]);
        if ((int)n > best && n <= len && memcmp(s, names[i], n) == 0) {
            best = (int)n;
            *index = i;
        }
    }
    return best;
}

/* The part of a Hangul syllable name after the prefix, matched greedily
 * and case-sensitively, as CPython does. */
static int32_t lookup_hangul(const char *s, size_t len)
{
    size_t l, v, t;
    int n = find_jamo(s, len, udb_jamo_l, LCOUNT, &l);
    if (n < 0)
        return -1;
    s += n, len -= (size_t)n;
    if ((n = find_jamo(s, len, udb_jamo_v, VCOUNT, &v)) < 0)
        return -1;
    s += n, len -= (size_t)n;
    if ((n = find_jamo(s, len, udb_jamo_t, TCOUNT, &t)) < 0 || (size_t)n != len)
        return -1;
    return (int32_t)(SBASE + (l * VCOUNT + v) * TCOUNT + t);
}

/* Four or five upper-case hex digits naming a unified ideograph. */
static int32_t lookup_cjk(const char *s, size_t len)
{
    if (len != 4 && len != 5)
        return -1;
    uint32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    return is_cjk_unified(v) ? (int32_t)v : -1;
}

/* Upper-case ASCII copy of name into key; false if it cannot be a name. */
static bool fold_key(const char *name, size_t len, char key[KR_UNICODE_NAME_MAX])
{
    if (len >= KR_UNICODE_NAME_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    return true;
}

int32_t kr_unicode_lookup_name(const char *name, size_t len)
{
    char key[KR_UNICODE_NAME_MAX];
    if (!fold_key(name, len, key))
        return -1;
    /* CPython matches computed names exactly, in upper case (strncmp),
     * and once a prefix matches the name is that kind or nothing; "hangul
     * syllable ga" falls through to the table and fails there. */
    if (len >= HANGUL_PREFIX_LEN && memcmp(name, HANGUL_PREFIX, HANGUL_PREFIX_LEN) == 0)
        return lookup_hangul(name + HANGUL_PREFIX_LEN, len - HANGUL_PREFIX_LEN);
    if (len >= CJK_PREFIX_LEN && memcmp(name, CJK_PREFIX, CJK_PREFIX_LEN) == 0)
        return lookup_cjk(name + CJK_PREFIX_LEN, len - CJK_PREFIX_LEN);
    int32_t cp = lookup_stored(key, len);
    if (cp >= 0)
        return cp;
    int i = search_text(udb_alias_text, udb_alias_off, KR_ARRAY_LEN(udb_alias_cp), key, len);
    return i < 0 ? -1 : (int32_t)udb_alias_cp[i];
}

int kr_unicode_lookup_named_sequence(const char *name, size_t len,
                                     uint32_t out[KR_UNICODE_SEQ_MAX])
{
    char key[KR_UNICODE_NAME_MAX];
    if (!fold_key(name, len, key))
        return 0;
    int i = search_text(udb_seq_text, udb_seq_off, KR_ARRAY_LEN(udb_seq_cps), key, len);
    if (i < 0)
        return 0;
    int n = 0;
    for (; n < KR_UNICODE_SEQ_MAX && udb_seq_cps[i][n]; n++)
        out[n] = udb_seq_cps[i][n];
    return n;
}

/* ------------------------------------------------------------ normalization */

/* A growable array of code points, private to one normalization call. */
typedef struct Vec {
    uint32_t *p;
    size_t len, cap;
} Vec;

static void vec_push(Vec *v, uint32_t cp)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 64;
        v->p = realloc(v->p, v->cap * sizeof *v->p);
        if (!v->p)
            kr_fatal("out of memory normalizing a string");
    }
    v->p[v->len++] = cp;
}

/* The 3.2.0 correction of cp's decomposition (one character), or 0. */
static uint32_t old_norm_fix(uint32_t cp)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(udb_old_norm_fix); i++)
        if (udb_old_norm_fix[i][0] == cp)
            return udb_old_norm_fix[i][1];
    return 0;
}

/* Append the full decomposition of cp: Hangul arithmetically, others by
 * applying the one-level mapping recursively (compatibility mappings only
 * for NFK*).  The 3.2.0 view (old) applies CPython's corrections and does
 * not decompose characters assigned since; the rest of normalization
 * (ordering, composition) uses the current data there too, as CPython's. */
static void decompose(Vec *v, uint32_t cp, bool compat, bool old)
{
    if (cp - SBASE < SCOUNT) {
        uint32_t s = cp - SBASE;
        vec_push(v, LBASE + s / NCOUNT);
        vec_push(v, VBASE + s % NCOUNT / TCOUNT);
        if (s % TCOUNT)
            vec_push(v, TBASE + s % TCOUNT);
        return;
    }
    if (old) {
        uint32_t fix = old_norm_fix(cp);
        if (fix) {
            decompose(v, fix, compat, old);
            return;
        }
    }
    const uint32_t *d = old && kr_unicode_old_unassigned(cp) ? NULL : decomp_record(cp);
    if (!d || ((d[0] & 0xFF) && !compat)) {
        vec_push(v, cp);
        return;
    }
    for (uint32_t i = 0; i < d[0] >> 8; i++)
        decompose(v, d[1 + i], compat, old);
}

/* Canonical ordering: a stable insertion sort of each run of non-starters
 * by combining class (starters, class 0, never move). */
static void canonical_order(uint32_t *s, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        int cur = kr_unicode_combining(s[i]);
        if (cur == 0)
            continue;
        size_t j = i;
        while (j > 0) {
            int prev = kr_unicode_combining(s[j - 1]);
            if (prev == 0 || prev <= cur)
                break;
            uint32_t t = s[j];
            s[j] = s[j - 1];
            s[j - 1] = t;
            j--;
        }
    }
}

/* The primary composite of a and b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a - LBASE < LCOUNT && b - VBASE < VCOUNT)
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    if (a - SBASE < SCOUNT && (a - SBASE) % TCOUNT == 0 && b - TBASE - 1 < TCOUNT - 1)
        return a + (b - TBASE);
    uint64_t key = (uint64_t)a << 21 | b;
    size_t lo = 0, hi = KR_ARRAY_LEN(udb_comp_pairs);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint64_t k = udb_comp_pairs[mid] >> 21;
        if (k == key)
            return (uint32_t)(udb_comp_pairs[mid] & 0x1FFFFF);
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/*
 * Canonical composition in place; returns the new length.  Each character
 * tries to combine with the last starter; it may unless a character kept
 * in between has a combining class >= its own (is "blocking"), or it is a
 * starter itself and anything was kept in between.  last_ccc is the class
 * of the last kept character, 256 while no starter has been seen.
 */
static size_t compose(uint32_t *s, size_t n)
{
    if (n == 0)
        return 0;
    size_t starter = 0, out = 1;
    int last_ccc = kr_unicode_combining(s[0]) ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t c = s[i];
        int ccc = kr_unicode_combining(c);
        if (last_ccc < ccc || last_ccc == 0) {
            uint32_t comp = compose_pair(s[starter], c);
            if (comp) {
                s[starter] = comp;
                continue;
            }
        }
        if (ccc == 0)
            starter = out;
        last_ccc = ccc;
        s[out++] = c;
    }
    return out;
}

static bool is_compat(NormForm form)
{
    return form == KR_UNICODE_NFKC || form == KR_UNICODE_NFKD;
}

static bool is_composed(NormForm form)
{
    return form == KR_UNICODE_NFC || form == KR_UNICODE_NFKC;
}

/* Normalize into v (which the caller frees). */
static void normalize(Vec *v, NormForm form, bool old, const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decompose(v, cps[i], is_compat(form), old);
    canonical_order(v->p, v->len);
    if (is_composed(form))
        v->len = compose(v->p, v->len);
}

typedef enum { QC_YES, QC_NO, QC_MAYBE } Quick;

/* UAX #15 quick check: NO or YES for certain, MAYBE if only normalizing
 * can tell.  Combining marks out of canonical order are never normalized. */
static Quick quick_check(NormForm form, const uint32_t *cps, size_t n)
{
    static const uint32_t no[] = {
        [KR_UNICODE_NFC] = KR_UDB_NFC_NO, [KR_UNICODE_NFD] = KR_UDB_NFD_NO,
        [KR_UNICODE_NFKC] = KR_UDB_NFKC_NO, [KR_UNICODE_NFKD] = KR_UDB_NFKD_NO,
    };
    uint32_t maybe = is_composed(form) ? KR_UDB_NFC_MAYBE : 0;
    Quick result = QC_YES;
    int prev = 0;
    for (size_t i = 0; i < n; i++) {
        if (cps[i] < 0x80) {        /* ASCII is normalized in every form */
            prev = 0;
            continue;
        }
        const UdbProps *p = props(cps[i]);
        if (p->combining && prev > p->combining)
            return QC_NO;
        prev = p->combining;
        if (p->flags & no[form])
            return QC_NO;
        if (p->flags & maybe)
            result = QC_MAYBE;
    }
    return result;
}

static void put_utf8(Buf *out, const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        kr_buf_put_utf8(out, cps[i]);
}

void kr_unicode_normalize(Buf *out, NormForm form, const uint32_t *cps, size_t n)
{
    if (quick_check(form, cps, n) == QC_YES) {
        put_utf8(out, cps, n);
        return;
    }
    Vec v = {0};
    normalize(&v, form, false, cps, n);
    put_utf8(out, v.p, v.len);
    free(v.p);
}

bool kr_unicode_is_normalized(NormForm form, const uint32_t *cps, size_t n)
{
    Quick q = quick_check(form, cps, n);
    if (q != QC_MAYBE)
        return q == QC_YES;
    Vec v = {0};
    normalize(&v, form, false, cps, n);
    bool same = v.len == n && memcmp(v.p, cps, n * sizeof *cps) == 0;
    free(v.p);
    return same;
}

/* Decode WTF-8 (UTF-8 that may encode surrogates) into v.  krait's strings
 * are always well formed; a stray byte becomes U+FFFD rather than being
 * trusted. */
static void decode_utf8(Vec *v, const char *str, size_t len)
{
    const uint8_t *s = (const uint8_t *)str, *end = s + len;
    while (s < end) {
        uint32_t c = *s;
        if (c < 0x80) {
            vec_push(v, c);
            s++;
            continue;
        }
        uint32_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 9;
        if (need == 9 || c > 0xF4 || (size_t)(end - s) <= need) {
            vec_push(v, 0xFFFD);
            s++;
            continue;
        }
        c &= 0x3F >> need;
        size_t k = 1;
        for (; k <= need && (s[k] & 0xC0) == 0x80; k++)
            c = c << 6 | (s[k] & 0x3F);
        if (k <= need) {
            vec_push(v, 0xFFFD);
            s++;
            continue;
        }
        vec_push(v, c <= 0x10FFFF ? c : 0xFFFD);
        s += k;
    }
}

static bool is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

void kr_unicode_normalize_utf8(Buf *out, NormForm form, const char *s, size_t len)
{
    if (is_ascii(s, len)) {
        kr_buf_write(out, s, len);
        return;
    }
    Vec v = {0};
    decode_utf8(&v, s, len);
    kr_unicode_normalize(out, form, v.p, v.len);
    free(v.p);
}

void kr_unicode_nfkc_utf8(Buf *out, const char *s, size_t len)
{
    kr_unicode_normalize_utf8(out, KR_UNICODE_NFKC, s, len);
}

bool kr_unicode_is_normalized_utf8(NormForm form, const char *s, size_t len)
{
    if (is_ascii(s, len))
        return true;
    Vec v = {0};
    decode_utf8(&v, s, len);
    bool r = kr_unicode_is_normalized(form, v.p, v.len);
    free(v.p);
    return r;
}

/* The 3.2.0 view: CPython disables the quick check there, so every string
 * is normalized in full (ASCII is unaffected either way). */
void kr_unicode_old_normalize_utf8(Buf *out, NormForm form, const char *s, size_t len)
{
    if (is_ascii(s, len)) {
        kr_buf_write(out, s, len);
        return;
    }
    Vec in = {0}, v = {0};
    decode_utf8(&in, s, len);
    normalize(&v, form, true, in.p, in.len);
    put_utf8(out, v.p, v.len);
    free(in.p);
    free(v.p);
}

bool kr_unicode_norm_form(const char *name, size_t len, NormForm *form)
{
    static const char *const names[] = {
        [KR_UNICODE_NFC] = "NFC", [KR_UNICODE_NFD] = "NFD",
        [KR_UNICODE_NFKC] = "NFKC", [KR_UNICODE_NFKD] = "NFKD",
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
        if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0) {
            *form = (NormForm)i;
            return true;
        }
    }
    return false;
}
