/*
 * sre_engine.c -- character classes, case folding, the state, and the
 * three width-specialised copies of the matcher (sre_match.inc).
 *
 * Character semantics are CPython 3.11's _sre, which are not str's:
 *
 *   ASCII classes (no flag, or re.ASCII): \d is 0-9, \s is [ \t\n\v\f\r],
 *     \w is [a-zA-Z0-9_]; IGNORECASE folds A-Z only.
 *   Unicode classes (str patterns): \d is str.isdecimal, \s str.isspace,
 *     \w str.isalnum or '_'; IGNORECASE compares *simple* lowercase
 *     mappings (the first code point of the full mapping: U+0130 -> 'i'),
 *     and RANGE_UNI_IGNORE also tries the simple uppercase.
 *   LOCALE (bytes patterns only): the C library's isalnum/tolower/toupper
 *     on the current LC_CTYPE, for values below 256.
 *   '.' and the line anchors know only '\n' as a line end.
 *
 * The unicode predicates are table lookups in core/unicode.c; every
 * function here takes the ASCII path first, which is most subjects.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/unicode.h"
#include "modules/sre_engine.h"

/* ---- character classes ---- */

static inline bool ascii_alnum(uint32_t ch)
{
    return (ch - '0' < 10) || ((ch | 0x20) - 'a' < 26);
}

static inline uint32_t lower_ascii(uint32_t ch)
{
    return ch - 'A' < 26 ? ch + 32 : ch;
}

static inline uint32_t lower_unicode(uint32_t ch)
{
    if (ch < 128)
        return lower_ascii(ch);
    uint32_t out[KR_UNICODE_CASE_MAX];
    kr_unicode_lower(ch, out);
    return out[0];
}

static inline uint32_t upper_unicode(uint32_t ch)
{
    if (ch < 128)
        return ch - 'a' < 26 ? ch - 32 : ch;
    uint32_t out[KR_UNICODE_CASE_MAX];
    kr_unicode_upper(ch, out);
    return out[0];
}

static inline uint32_t lower_locale(uint32_t ch)
{
    return ch < 256 ? (uint32_t)tolower((int)ch) : ch;
}

static inline uint32_t upper_locale(uint32_t ch)
{
    return ch < 256 ? (uint32_t)toupper((int)ch) : ch;
}

static inline bool is_word(uint32_t ch) { return ch == '_' || ascii_alnum(ch); }
static inline bool loc_is_word(uint32_t ch)
{
    return ch == '_' || (ch < 256 && isalnum((int)ch));
}
static inline bool uni_is_word(uint32_t ch)
{
    return ch < 128 ? is_word(ch) : kr_unicode_isalnum(ch);
}

/* kind 0 ASCII, 1 locale, 2 unicode: the \b flavours. */
static inline bool word_of_kind(int kind, uint32_t ch)
{
    return kind == 0 ? is_word(ch) : kind == 1 ? loc_is_word(ch) : uni_is_word(ch);
}

static inline bool is_space(uint32_t ch) { return ch == ' ' || ch - 9 < 5; }

static inline __attribute__((always_inline)) bool category(uint32_t cat, uint32_t ch)
{
    switch (cat) {
    case SRE_CATEGORY_DIGIT:          return ch - '0' < 10;
    case SRE_CATEGORY_NOT_DIGIT:      return !(ch - '0' < 10);
    case SRE_CATEGORY_SPACE:          return is_space(ch);
    case SRE_CATEGORY_NOT_SPACE:      return !is_space(ch);
    case SRE_CATEGORY_WORD:           return is_word(ch);
    case SRE_CATEGORY_NOT_WORD:       return !is_word(ch);
    case SRE_CATEGORY_LINEBREAK:      return ch == '\n';
    case SRE_CATEGORY_NOT_LINEBREAK:  return ch != '\n';
    case SRE_CATEGORY_LOC_WORD:       return loc_is_word(ch);
    case SRE_CATEGORY_LOC_NOT_WORD:   return !loc_is_word(ch);
    case SRE_CATEGORY_UNI_DIGIT:
        return ch < 128 ? ch - '0' < 10 : kr_unicode_isdecimal(ch);
    case SRE_CATEGORY_UNI_NOT_DIGIT:
        return !(ch < 128 ? ch - '0' < 10 : kr_unicode_isdecimal(ch));
    case SRE_CATEGORY_UNI_SPACE:
        return kr_unicode_isspace(ch);
    case SRE_CATEGORY_UNI_NOT_SPACE:
        return !kr_unicode_isspace(ch);
    case SRE_CATEGORY_UNI_WORD:       return uni_is_word(ch);
    case SRE_CATEGORY_UNI_NOT_WORD:   return !uni_is_word(ch);
    case SRE_CATEGORY_UNI_LINEBREAK:  return kr_unicode_is_linebreak(ch);
    case SRE_CATEGORY_UNI_NOT_LINEBREAK: return !kr_unicode_is_linebreak(ch);
    }
    return false;
}

/*
 * Is ch in the set?  A set is a FAILURE-terminated list of items, each of
 * which may accept the character; NEGATE flips the answer of the items
 * after it.  CHARSET is a 256-bit bitmap; BIGCHARSET maps the high byte of
 * a BMP character to one of `count` 256-bit blocks (the 256 block numbers
 * are bytes packed into 64 code words, in memory order).
 */
static inline __attribute__((always_inline)) bool in_charset(const SreCode *set, uint32_t ch)
{
    bool ok = true;
    for (;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (ch == set[0])
                return ok;
            set++;
            break;
        case SRE_OP_CATEGORY:
            if (category(set[0], ch))
                return ok;
            set++;
            break;
        case SRE_OP_CHARSET:
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31))))
                return ok;
            set += 256 / 32;
            break;
        case SRE_OP_RANGE:
            if (set[0] <= ch && ch <= set[1])
                return ok;
            set += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            /* ch is already lowercase; the range may hold its uppercase */
            if (set[0] <= ch && ch <= set[1])
                return ok;
            uint32_t up = upper_unicode(ch);
            if (set[0] <= up && up <= set[1])
                return ok;
            set += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            uint32_t count = *set++;
            if (ch < 0x10000) {
                uint32_t block = ((const unsigned char *)set)[ch >> 8];
                const SreCode *bits = set + 256 / 4 + block * (256 / 32);
                if (bits[(ch & 255) >> 5] & (1u << (ch & 31)))
                    return ok;
            }
            set += 256 / 4 + (size_t)count * (256 / 32);
            break;
        }
        default:
            return false;   /* cannot happen in validated code */
        }
    }
}

/*
 * Single-character tests in hot loops (REPEAT_ONE items, the first
 * character search() looks for, the INFO charset) are answered from a
 * 256-bit bitmap for characters below 256 -- all of a 1-byte subject --
 * once the test has run about st->bitmap_after times in this state, so short
 * matches never pay the 256 evaluations that building it costs.  A tiny
 * direct-mapped cache keyed by the address of the op (or set) in the code;
 * cleared when the state runs different code.
 */

static bool unit_matches(const SreCode *op, uint32_t ch);
static bool branch_accepts(const SreCode *pattern, uint32_t ch);

/* What a bitmap's key is: a single-character op, a bare set, or a pattern
 * whose BRANCH alternatives all start with one (branch_first_units). */
enum { KEY_UNIT, KEY_SET, KEY_BRANCH };

/* Slow scans stop this often to ask again whether a bitmap is ready. */
#define BITMAP_CHUNK 1024

/* The bitmap of `key` (`kind`): bit ch set when the test accepts ch. */
static void build_bitmap(uint32_t *bits, const SreCode *key, int kind)
{
    memset(bits, 0, 8 * sizeof *bits);
    for (uint32_t ch = 0; ch < 256; ch++)
        if (kind == KEY_SET      ? in_charset(key, ch)
            : kind == KEY_UNIT ? unit_matches(key, ch)
                               : branch_accepts(key, ch))
            bits[ch >> 5] |= 1u << (ch & 31);
}

/* The shared-cache side of char_bitmap: the bitmap, NULL while it is not
 * due yet, or `own` when the slot is another test's or being built (the
 * caller then counts in the state's own cache). */
static const uint32_t *shared_bitmap(SreState *st, SreSharedBitmap *e, const SreCode *key,
                                     int kind, ptrdiff_t uses, const uint32_t *own)
{
    uint32_t state = __atomic_load_n(&e->state, __ATOMIC_ACQUIRE);
    if (state == SRE_SLOT_READY)
        return e->key == key ? e->bits : own;
    if (state != SRE_SLOT_EMPTY)
        return own;
    uint32_t after = st->bitmap_after;
    uint32_t n = 0;
    if (__atomic_load_n(&e->count_key, __ATOMIC_RELAXED) == key)
        n = __atomic_load_n(&e->uses, __ATOMIC_RELAXED);
    else if (uses)
        __atomic_store_n(&e->count_key, key, __ATOMIC_RELAXED);
    if (!uses && n < after)
        return NULL;              /* a question only: write nothing */
    n += (uint32_t)(uses < after - n ? uses : after - n);
    __atomic_store_n(&e->uses, n, __ATOMIC_RELAXED);
    if (n < after)
        return NULL;
    uint32_t expect = SRE_SLOT_EMPTY;
    if (!__atomic_compare_exchange_n(&e->state, &expect, SRE_SLOT_BUILDING, false,
                                     __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
        return expect == SRE_SLOT_READY && e->key == key ? e->bits : own;
    e->key = key;
    build_bitmap(e->bits, key, kind);
    __atomic_store_n(&e->state, SRE_SLOT_READY, __ATOMIC_RELEASE);
    return e->bits;
}

/* char_bitmap's work when the bitmap is not simply there. */
__attribute__((noinline))
static const uint32_t *char_bitmap_slow(SreState *st, const SreCode *key, int kind,
                                        ptrdiff_t uses, size_t slot)
{
    static const uint32_t own_marker[1];
    if (st->shared) {
        const uint32_t *bits = shared_bitmap(st, &st->shared[slot], key, kind, uses,
                                             own_marker);
        if (bits != own_marker)
            return bits;
    }
    if (!st->cache) {
        memset(st->setcache, 0, sizeof st->setcache);
        st->cache = st->setcache;
    }
    SreSetCache *e = &st->cache[slot];
    if (e->set != key) {
        e->set = key;
        e->uses = 0;
        e->ready = false;
    }
    if (e->ready)
        return e->bits;
    uint32_t after = st->bitmap_after;
    e->uses += (uint32_t)(uses < after ? uses : after);
    if (e->uses < after)
        return NULL;
    e->ready = true;
    build_bitmap(e->bits, key, kind);
    return e->bits;
}

/*
 * `key` is a single-character op, a bare set or a branch (`kind`).  Charges
 * `uses` evaluations to it (callers ask with 0, scan at most BITMAP_CHUNK
 * characters the slow way, then charge what they did) and returns the
 * bitmap once the charges reach st->bitmap_after, else NULL.  With a
 * shared cache (a pattern's) the charges and the bitmap live there, so
 * every match of the pattern, on any thread, uses one bitmap.
 */
static inline const uint32_t *char_bitmap(SreState *st, const SreCode *key, int kind,
                                          ptrdiff_t uses)
{
    size_t slot = ((uintptr_t)key / sizeof(SreCode)) % KR_SRE_BITMAPS;
    if (KR_LIKELY(st->shared != NULL)) {
        SreSharedBitmap *e = &st->shared[slot];
        if (__atomic_load_n(&e->state, __ATOMIC_ACQUIRE) == SRE_SLOT_READY && e->key == key)
            return e->bits;
    } else if (st->cache && st->cache[slot].set == key && st->cache[slot].ready) {
        return st->cache[slot].bits;
    }
    return char_bitmap_slow(st, key, kind, uses, slot);
}

/* A function, not an expression, so 1-byte callers get no "always true" warning. */
static inline bool below256(uint32_t ch) { return ch < 256; }

static inline bool in_bitmap(const uint32_t *bits, uint32_t ch)
{
    return (bits[ch >> 5] >> (ch & 31)) & 1;
}

static bool in_charset_loc_ignore(const SreCode *set, uint32_t ch)
{
    uint32_t lo = lower_locale(ch);
    if (in_charset(set, lo))
        return true;
    uint32_t up = upper_locale(ch);
    return up != lo && in_charset(set, up);
}

static inline bool char_loc_ignore(uint32_t pattern, uint32_t ch)
{
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

/*
 * Does the single-character op at `op` accept ch?  Used for the
 * case-folding variants in the matcher and for counting repeats of them.
 */
static bool unit_matches(const SreCode *op, uint32_t ch)
{
    uint32_t arg = op[1];
    switch (op[0]) {
    case SRE_OP_ANY:                    return ch != '\n';
    case SRE_OP_ANY_ALL:                return true;
    case SRE_OP_LITERAL:                return ch == arg;
    case SRE_OP_NOT_LITERAL:            return ch != arg;
    case SRE_OP_LITERAL_IGNORE:         return lower_ascii(ch) == arg;
    case SRE_OP_NOT_LITERAL_IGNORE:     return lower_ascii(ch) != arg;
    case SRE_OP_LITERAL_UNI_IGNORE:     return lower_unicode(ch) == arg;
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: return lower_unicode(ch) != arg;
    case SRE_OP_LITERAL_LOC_IGNORE:     return char_loc_ignore(arg, ch);
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(arg, ch);
    case SRE_OP_IN:                     return in_charset(op + 2, ch);
    case SRE_OP_IN_IGNORE:              return in_charset(op + 2, lower_ascii(ch));
    case SRE_OP_IN_UNI_IGNORE:          return in_charset(op + 2, lower_unicode(ch));
    case SRE_OP_IN_LOC_IGNORE:          return in_charset_loc_ignore(op + 2, ch);
    }
    return false;
}

/* Operand words after the opcode of a single-character op. */
static inline uint32_t unit_operand_words(const SreCode *op)
{
    switch (op[0]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL:
        return 0;
    case SRE_OP_IN: case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        return op[1];
    default:
        return 1;
    }
}

/*
 * The single-character op every match of `pattern` (the code after INFO)
 * must start with, or NULL: the pattern itself when it begins with one, or
 * the item of a leading REPEAT_ONE-family op with min >= 1, after any
 * group marks.  ANY_ALL
 * filters nothing and is left out.
 */
static const SreCode *first_unit(const SreCode *pattern)
{
    while (pattern[0] == SRE_OP_MARK)     /* zero-width: look past them */
        pattern += 2;
    switch (pattern[0]) {
    case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE:
    case SRE_OP_POSSESSIVE_REPEAT_ONE:
        if (pattern[2] == 0)
            return NULL;
        pattern += 4;
        break;
    }
    switch (pattern[0]) {
    case SRE_OP_ANY:
    case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
    case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
    case SRE_OP_IN: case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        return pattern;
    }
    return NULL;
}

/*
 * For a pattern that is (after group marks) a BRANCH whose every
 * alternative has a first_unit: those units, at most KR_SRE_MAX_ALTS of
 * them, in units[]; returns how many, or 0 when some alternative has none
 * (or there are too many to be worth testing).  A match can then start
 * only where one of the units accepts the character, so search() skips the
 * other positions (bot|crawl|spider under IGNORECASE, which has no
 * literal prefix, is the case that matters).
 */
#define KR_SRE_MAX_ALTS 8
static int branch_first_units(const SreCode *pattern, const SreCode **units)
{
    while (pattern[0] == SRE_OP_MARK)
        pattern += 2;
    if (pattern[0] != SRE_OP_BRANCH)
        return 0;
    int n = 0;
    for (pattern++; pattern[0]; pattern += pattern[0]) {
        const SreCode *u = first_unit(pattern + 1);
        if (!u || n == KR_SRE_MAX_ALTS)
            return 0;
        units[n++] = u;
    }
    return n;
}

static bool any_unit(const SreCode *const *units, int n, uint32_t ch)
{
    for (int i = 0; i < n; i++)
        if (unit_matches(units[i], ch))
            return true;
    return false;
}

/* Can an alternative of pattern's leading BRANCH start with ch?  (Only
 * for a pattern branch_first_units accepts: the KEY_BRANCH bitmaps.) */
static bool branch_accepts(const SreCode *pattern, uint32_t ch)
{
    const SreCode *units[KR_SRE_MAX_ALTS];
    return any_unit(units, branch_first_units(pattern, units), ch);
}

/*
 * Does the pattern start with an unbounded single-character repeat (X+,
 * X*, X+?, X++ ...; no group mark before it)?  Then search() may skip, after
 * a failed attempt at p, every position inside the run of X characters
 * that starts at p.  Why that is exact: let the run be p..p+r.  The attempt
 * at p tried the tail at every position in [p+min, p+r] (greedy from the
 * top, lazy from the bottom, possessive only at p+r) and each failed.  An
 * attempt at p+j (j <= r) sees a run of r-j and would try the tail at
 * positions inside [p+j+min, p+r], a subset, with the same (empty) marks
 * and no enclosing repeat.  Nothing the tail does depends on where the
 * match started: with no mark before the repeat, group references see only
 * groups the tail opens, and lookbehinds and \b read absolute positions.
 * The one start-dependent rule, must_advance, rejects only an empty match
 * at the start, which no tail position after p can produce.  A bounded
 * repeat ({1,3}) is excluded: from p+1 it could reach past p+r's limit.
 */
static bool leads_with_unbounded_run(const SreCode *pattern)
{
    switch (pattern[0]) {
    case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE:
    case SRE_OP_POSSESSIVE_REPEAT_ONE:
        return pattern[3] == KR_SRE_MAXREPEAT;
    }
    return false;
}

/*
 * AUTO-POSSESSIVE REPEATS (kr_sre_optimize).  A greedy REPEAT_ONE matches
 * as many items as it can, runs its tail there, and on failure gives one
 * character back and runs the tail again.  When the tail must begin with a
 * character that the item never matches (\d+ before '.', [^"]* before '"',
 * [A-Z]+ before \s), every give-back restarts the tail on a character the
 * item matched, where its first unit fails at once: the only attempt that
 * can succeed is the first.  The op then behaves exactly as
 * POSSESSIVE_REPEAT_ONE, which runs the tail in place instead of in a new
 * frame with the marks saved around it -- the log-line pattern's dozen
 * repeats each pushed a frame and up to 20 saved marks per match.  Spans
 * and lastindex are those of the first attempt either way; a failing tail
 * may leave marks above lastmark dirty, which every op that goes on after
 * a failed child already restores (BRANCH, the repeats, ASSERT_NOT).
 *
 * "Never matches" must hold for every code point: below 256 it is tested
 * character by character; above, each unit is summarised as matching
 * nothing there, one Unicode category, or anything, and only pairs known to
 * be disjoint pass (digits, word characters and whitespace exclude each
 * other; a category excludes its negation).  Case-folding and locale units
 * are left alone (the locale may change after compiling).
 */
enum { WIDE_NONE = -1, WIDE_ANY = -2, WIDE_BAIL = -3 };

static int wide_of_category(uint32_t cat)
{
    switch (cat) {
    case SRE_CATEGORY_DIGIT: case SRE_CATEGORY_SPACE: case SRE_CATEGORY_WORD:
    case SRE_CATEGORY_LINEBREAK:
        return WIDE_NONE;
    case SRE_CATEGORY_UNI_DIGIT: case SRE_CATEGORY_UNI_NOT_DIGIT:
    case SRE_CATEGORY_UNI_SPACE: case SRE_CATEGORY_UNI_NOT_SPACE:
    case SRE_CATEGORY_UNI_WORD: case SRE_CATEGORY_UNI_NOT_WORD:
        return (int)cat;
    case SRE_CATEGORY_LOC_WORD: case SRE_CATEGORY_LOC_NOT_WORD:
        return WIDE_BAIL;
    }
    return WIDE_ANY;
}

/* What the single-character unit may match above U+00FF. */
static int wide_class(const SreCode *unit)
{
    if (unit[0] == SRE_OP_LITERAL)
        return unit[1] < 256 ? WIDE_NONE : WIDE_ANY;
    if (unit[0] == SRE_OP_NOT_LITERAL || unit[0] == SRE_OP_ANY)
        return WIDE_ANY;
    if (unit[0] != SRE_OP_IN)
        return WIDE_BAIL;
    int cls = WIDE_NONE;
    for (const SreCode *set = unit + 2;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return cls;
        case SRE_OP_LITERAL:
            if (*set++ >= 256)
                return WIDE_ANY;
            break;
        case SRE_OP_CHARSET:
            set += 256 / 32;
            break;
        case SRE_OP_RANGE:
            if (set[1] >= 256)
                return WIDE_ANY;
            set += 2;
            break;
        case SRE_OP_CATEGORY: {
            int c = wide_of_category(*set++);
            if (c == WIDE_BAIL || c == WIDE_ANY)
                return c;
            if (c != WIDE_NONE && cls != WIDE_NONE && c != cls)
                return WIDE_ANY;
            if (c != WIDE_NONE)
                cls = c;
            break;
        }
        default:                  /* NEGATE, BIGCHARSET, RANGE_UNI_IGNORE */
            return WIDE_ANY;
        }
    }
}

static bool wide_disjoint(int a, int b)
{
    if (a == WIDE_NONE || b == WIDE_NONE)
        return true;
    if (a < 0 || b < 0)
        return false;
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }
    /* the UNI categories in enum order: DIGIT 10, NOT_DIGIT 11, SPACE 12,
     * NOT_SPACE 13, WORD 14, NOT_WORD 15; a category and its negation are
     * 2k, 2k+1 */
    if ((a & 1) == 0 && b == a + 1)
        return true;
    return (a == SRE_CATEGORY_UNI_DIGIT && (b == SRE_CATEGORY_UNI_SPACE ||
                                            b == SRE_CATEGORY_UNI_NOT_WORD)) ||
           (a == SRE_CATEGORY_UNI_SPACE && b == SRE_CATEGORY_UNI_WORD);
}

/* The unit every match of the tail must start with: first_unit, also
 * looking into a REPEAT that runs its body at least once. */
static const SreCode *tail_unit(const SreCode *tail)
{
    while (tail[0] == SRE_OP_MARK)
        tail += 2;
    if ((tail[0] == SRE_OP_REPEAT || tail[0] == SRE_OP_POSSESSIVE_REPEAT) && tail[2] >= 1)
        return first_unit(tail + 4);
    return first_unit(tail);
}

/* Can no character satisfy both units? */
static bool units_disjoint(const SreCode *a, const SreCode *b)
{
    int wa = wide_class(a), wb = wide_class(b);
    if (wa == WIDE_BAIL || wb == WIDE_BAIL || !wide_disjoint(wa, wb))
        return false;
    for (uint32_t ch = 0; ch < 256; ch++)
        if (unit_matches(a, ch) && unit_matches(b, ch))
            return false;
    return true;
}

void kr_sre_optimize(SreCode *code, size_t len, size_t groups)
{
    size_t n;
    size_t *ones = kr_sre_repeat_ones(code, len, groups, &n);
    for (size_t k = 0; k < n; k++) {
        SreCode *op = code + ones[k];   /* REPEAT_ONE skip min max item... */
        const SreCode *tail = tail_unit(op + 1 + op[1]);
        if (tail && units_disjoint(op + 4, tail))
            op[0] = SRE_OP_POSSESSIVE_REPEAT_ONE;
    }
    free(ones);
}

/* Backreference comparison under the GROUPREF variant `op`. */
static inline bool same_char(uint32_t op, uint32_t a, uint32_t b)
{
    switch (op) {
    case SRE_OP_GROUPREF_IGNORE:     return lower_ascii(a) == lower_ascii(b);
    case SRE_OP_GROUPREF_UNI_IGNORE: return lower_unicode(a) == lower_unicode(b);
    case SRE_OP_GROUPREF_LOC_IGNORE: return lower_locale(a) == lower_locale(b);
    default:                         return a == b;
    }
}

/* ---- the backtracking stack ---- */

/* A REPEAT's record: lives on the stack above the REPEAT's frame. */
typedef struct Repeat {
    ptrdiff_t count;              /* items matched so far, -1 before the first */
    const SreCode *pattern;       /* the REPEAT's operands: skip, min, max */
    const void *last_ptr;         /* where the last item started: stops empty loops */
    ptrdiff_t prev;               /* enclosing repeat's offset, -1 */
} Repeat;

static bool stack_grow(SreState *st, size_t n)
{
    /* the cap also applies to a buffer grown by an earlier, larger match */
    size_t cap = st->stack_size < st->stack_max ? st->stack_size : st->stack_max;
    if (st->stack_top <= cap && n <= cap - st->stack_top)
        return true;
    size_t want = st->stack_top + n;
    if (want > st->stack_max)
        return false;
    size_t size = want + want / 4 + 1024;
    if (size > st->stack_max)
        size = st->stack_max;
    char *p;
    if (st->stack == st->stack_inline) {      /* leaving the inline bytes */
        p = malloc(size);
        if (p)
            memcpy(p, st->stack, st->stack_top);
    } else {
        p = realloc(st->stack, size);
    }
    if (!p)
        return false;
    st->stack = p;
    st->stack_size = size;
    return true;
}

/* stack_size never exceeds stack_max except when the cap was lowered after
 * a larger match, which stack_grow handles. */
static inline bool stack_reserve(SreState *st, size_t n)
{
    if (KR_LIKELY(n <= st->stack_size - st->stack_top && st->stack_size <= st->stack_max))
        return true;
    return stack_grow(st, n);
}

static inline void reset_marks(SreState *st)
{
    st->lastmark = st->lastindex = -1;
}

/*
 * The matcher's vocabulary.  They use the locals of SRE(match): st, ctx,
 * ctx_pos, ret, pattern, ptr.  Anything that pushes may move the stack, so
 * STACK_RESERVE re-derives ctx.
 */
#define REP(off) ((Repeat *)(st->stack + (off)))

#define STACK_RESERVE(n)                                                     \
    do {                                                                     \
        if (!stack_reserve(st, (n)))                                         \
            return SRE_ERROR_MEMORY;                                         \
        ctx = (Frame *)(st->stack + ctx_pos);                                \
    } while (0)

#define PUSH(src, n)                                                         \
    do {                                                                     \
        STACK_RESERVE(n);                                                    \
        memcpy(st->stack + st->stack_top, (src), (n));                       \
        st->stack_top += (n);                                                \
    } while (0)

#define MARK_BYTES(lm) ((size_t)((lm) + 1) * sizeof(ptrdiff_t))
#define MARK_PUSH(lm)                                                        \
    do { if ((lm) >= 0) PUSH(st->mark, MARK_BYTES(lm)); } while (0)
#define MARK_POP_KEEP(lm)                                                    \
    do {                                                                     \
        if ((lm) >= 0)                                                       \
            memcpy(st->mark, st->stack + st->stack_top - MARK_BYTES(lm),     \
                   MARK_BYTES(lm));                                          \
    } while (0)
#define MARK_DISCARD(lm)                                                     \
    do { if ((lm) >= 0) st->stack_top -= MARK_BYTES(lm); } while (0)
#define MARK_POP(lm)                                                         \
    do { MARK_POP_KEEP(lm); MARK_DISCARD(lm); } while (0)

/* The repeat record is itself on the stack: copy out before pushing. */
#define PUSH_LAST_PTR(rep)                                                   \
    do {                                                                     \
        const void *lp_ = REP(rep)->last_ptr;                                \
        PUSH(&lp_, sizeof lp_);                                              \
    } while (0)
#define POP_LAST_PTR(rep)                                                    \
    do {                                                                     \
        st->stack_top -= sizeof(const void *);                               \
        memcpy(&REP(rep)->last_ptr, st->stack + st->stack_top,               \
               sizeof(const void *));                                        \
    } while (0)

#define LASTMARK_SAVE()                                                      \
    do { ctx->lastmark = st->lastmark; ctx->lastindex = st->lastindex; } while (0)
#define LASTMARK_RESTORE()                                                   \
    do { st->lastmark = ctx->lastmark; st->lastindex = ctx->lastindex; } while (0)

#define RETURN_FAILURE do { ret = 0; goto exit_frame; } while (0)
#define RETURN_SUCCESS do { ret = 1; goto exit_frame; } while (0)
#define RETURN_ON_ERROR(r) do { if ((r) < 0) return (r); } while (0)
#define RETURN_ON_SUCCESS(r)                                                 \
    do { RETURN_ON_ERROR(r); if ((r) > 0) RETURN_SUCCESS; } while (0)
#define RETURN_ON_FAILURE(r)                                                 \
    do { RETURN_ON_ERROR(r); if ((r) == 0) RETURN_FAILURE; } while (0)

/*
 * Match `next` as a sub-pattern and come back to `label` with ret set.  The
 * new frame records where to resume; its toplevel flag decides whether the
 * fullmatch / must_advance rules apply at its SUCCESS.
 */
#define DO_JUMP(resume_id, label, next, tl)                                  \
    do {                                                                     \
        bool tl_ = (tl);                                                     \
        ctx->pattern = pattern;                                              \
        ctx->ptr = ptr;                                                      \
        STACK_RESERVE(sizeof(Frame));                                        \
        Frame *new_ = (Frame *)(st->stack + st->stack_top);                  \
        new_->caller = ctx_pos;                                              \
        new_->resume = (resume_id);                                          \
        new_->toplevel = tl_;                                                \
        pattern = (next);                                                    \
        ctx_pos = (ptrdiff_t)st->stack_top;                                  \
        st->stack_top += sizeof(Frame);                                      \
        ctx = new_;                                                          \
        goto entrance;                                                       \
    label:                                                                   \
        pattern = ctx->pattern;                                              \
        ptr = ctx->ptr;                                                      \
    } while (0)

#define SRE_CHAR uint8_t
#define SRE(name) name##_ucs1
#include "modules/sre_match.inc"
#undef SRE_CHAR
#undef SRE

#define SRE_CHAR uint16_t
#define SRE(name) name##_ucs2
#include "modules/sre_match.inc"
#undef SRE_CHAR
#undef SRE

#define SRE_CHAR uint32_t
#define SRE(name) name##_ucs4
#include "modules/sre_match.inc"
#undef SRE_CHAR
#undef SRE

/* ---- the state and the entry points ---- */

bool kr_sre_state_init(SreState *st, const void *str, ptrdiff_t length,
                       int charsize, ptrdiff_t pos, ptrdiff_t endpos,
                       size_t groups)
{
    memset(st, 0, offsetof(SreState, setcache));
    /* MARK operands may reach 2*groups+1 in validated code */
    st->mark = 2 * groups + 2 <= KR_SRE_INLINE_MARKS ? st->mark_inline
                                                     : malloc((2 * groups + 2) * sizeof(ptrdiff_t));
    if (!st->mark)
        return false;
    st->stack = st->stack_inline;
    st->stack_size = KR_SRE_INLINE_STACK;
    st->groups = groups;
    st->str = str;
    st->charsize = charsize;
    st->length = length;
    pos = pos < 0 ? 0 : pos > length ? length : pos;
    endpos = endpos < 0 ? 0 : endpos > length ? length : endpos;
    st->pos = pos;
    st->endpos = endpos;
    st->start = pos;
    st->ptr = pos;
    st->stack_max = (size_t)PTRDIFF_MAX;   /* no policy here: the VM may set one */
    st->bitmap_after = KR_SRE_BITMAP_AFTER;
    reset_marks(st);
    st->repeat = -1;
    return true;
}

void kr_sre_state_fini(SreState *st)
{
    if (st->mark != st->mark_inline)
        free(st->mark);
    if (st->stack != st->stack_inline)
        free(st->stack);
    st->mark = NULL;
    st->stack = NULL;
    st->stack_size = st->stack_top = 0;
}

void kr_sre_state_reset(SreState *st)
{
    reset_marks(st);
    st->repeat = -1;
}

void kr_sre_state_share_cache(SreState *st, SreSharedBitmap *cache)
{
    st->shared = cache;
}

void kr_sre_state_move(SreState *dst, const SreState *src)
{
    memcpy(dst, src, sizeof *dst);
    if (src->mark == src->mark_inline)
        dst->mark = dst->mark_inline;
    if (src->stack == src->stack_inline)
        dst->stack = dst->stack_inline;
    if (src->cache == src->setcache)
        dst->cache = dst->setcache;
}

/* Pointers for this call, from the index-based API fields. */
static void enter(SreState *st, const SreCode *code)
{
    if (st->code != code) {       /* the own cache is zeroed when first used */
        st->cache = NULL;
        st->code = code;
    }
    const char *s = st->str;
    st->beginning = s;
    st->end = s + st->endpos * st->charsize;
    st->strend = s + st->length * st->charsize;
    st->startp = st->cur = s + st->start * st->charsize;
    st->stack_top = 0;
    st->repeat = -1;
}

static int leave(SreState *st, ptrdiff_t status)
{
    if (status > 0) {
        const char *s = st->str;
        st->start = ((const char *)st->startp - s) / st->charsize;
        st->ptr = ((const char *)st->cur - s) / st->charsize;
    }
    return (int)status;
}

int kr_sre_match(SreState *st, const SreCode *code)
{
    enter(st, code);
    ptrdiff_t r;
    switch (st->charsize) {
    case 1: r = match_ucs1(st, code, true); break;
    case 2: r = match_ucs2(st, code, true); break;
    default: r = match_ucs4(st, code, true); break;
    }
    return leave(st, r);
}

int kr_sre_search(SreState *st, const SreCode *code)
{
    enter(st, code);
    if (st->start > st->endpos)
        return 0;
    ptrdiff_t r;
    switch (st->charsize) {
    case 1: r = search_ucs1(st, code); break;
    case 2: r = search_ucs2(st, code); break;
    default: r = search_ucs4(st, code); break;
    }
    return leave(st, r);
}

void kr_sre_span(const SreState *st, size_t g, ptrdiff_t *start, ptrdiff_t *end)
{
    if (g == 0) {
        *start = st->start;
        *end = st->ptr;
        return;
    }
    size_t j = 2 * (g - 1);
    if ((ptrdiff_t)j + 1 <= st->lastmark && st->mark[j] >= 0 && st->mark[j + 1] >= 0) {
        *start = st->mark[j];
        *end = st->mark[j + 1];
    } else {
        *start = *end = -1;
    }
}

void kr_sre_spans(const SreState *st, size_t n, int64_t *out)
{
    out[0] = st->start;
    out[1] = st->ptr;
    for (size_t j = 0; j + 2 < 2 * n; j += 2) {
        bool set = (ptrdiff_t)j + 1 <= st->lastmark && st->mark[j] >= 0 && st->mark[j + 1] >= 0;
        out[j + 2] = set ? st->mark[j] : -1;
        out[j + 3] = set ? st->mark[j + 1] : -1;
    }
}

bool kr_sre_ascii_iscased(uint32_t ch)
{
    return ch < 128 && (ch | 0x20) - 'a' < 26;
}

bool kr_sre_unicode_iscased(uint32_t ch)
{
    return ch != lower_unicode(ch) || ch != upper_unicode(ch);
}

uint32_t kr_sre_ascii_tolower(uint32_t ch) { return lower_ascii(ch); }
uint32_t kr_sre_unicode_tolower(uint32_t ch) { return lower_unicode(ch); }
