/*
 * sre_engine.h -- the regular-expression matching engine behind `_sre`.
 *
 * What it runs.  CPython 3.11's pure-Python compiler (re._parser +
 * re._compiler, MAGIC 20220615) turns a pattern into an array of 32-bit
 * code words; `_sre.compile(pattern, flags, code, groups, ...)` receives that
 * array.  This engine executes exactly that code, with CPython's semantics:
 * the same backtracking order, the same group spans, lastindex, and the
 * empty-match rules finditer/sub/split rely on.  It knows nothing about
 * Python objects: the subject is a plain array of 1-, 2- or 4-byte code
 * units (the three PEP 393 widths; bytes and bytearray use width 1), and the
 * results are integer spans.  So it needs no collector, and the `_sre`
 * module (Pattern, Match, Scanner, findall, sub, split, ...) is written on
 * top of it without engine changes.
 *
 * How a client uses it:
 *
 *     if (kr_sre_validate(code, n, groups) != 0) -> RuntimeError "invalid SRE code"
 *     SreState st;
 *     kr_sre_state_init(&st, data, length, charsize, pos, endpos, groups);
 *     st.interrupt = check_signals;        (optional: KeyboardInterrupt)
 *     int r = kr_sre_search(&st, code);    (or kr_sre_match)
 *     r > 0: matched; kr_sre_span(&st, g, &s, &e) for each group,
 *            st.lastindex for Match.lastindex
 *     r == 0: no match; r < 0: one of the SRE_ERROR_* codes
 *     kr_sre_state_fini(&st);
 *
 * Scanning loops (findall, finditer, sub, split, Scanner) are CPython's:
 *
 *     while (st.start <= st.endpos) {
 *         kr_sre_state_reset(&st);
 *         r = kr_sre_search(&st, code);        if (r <= 0) break / error
 *         ... use the spans ...
 *         st.must_advance = (st.ptr == st.start);
 *         st.start = st.ptr;
 *     }
 *
 * Safety.  Only validated code may be run: kr_sre_validate performs
 * CPython's _validate checks (every skip in bounds, branches well formed,
 * group numbers below `groups`, ...) without recursion, plus one more: the
 * item of a REPEAT_ONE-family op must be a single one-character op, which
 * is all the compiler ever emits and lets the engine count repetitions
 * without re-entering itself.  The matcher keeps its backtracking state on a
 * growable malloc'ed stack (plain data: code positions, offsets, counts), so
 * neither input length nor pattern nesting consumes C stack; a pattern that
 * needs more than `stack_max` bytes of it fails with SRE_ERROR_MEMORY.
 */
#ifndef KR_SRE_ENGINE_H
#define KR_SRE_ENGINE_H

#include <stddef.h>

#include "core/common.h"

/* One code word, as `_sre.CODESIZE` (4) says. */
typedef uint32_t SreCode;

#define KR_SRE_MAGIC     20220615
#define KR_SRE_CODESIZE  4
#define KR_SRE_MAXREPEAT 0xFFFFFFFFu   /* _sre.MAXREPEAT */
#define KR_SRE_MAXGROUPS 0x3FFFFFFFu   /* _sre.MAXGROUPS: INT32_MAX / 2 */

/*
 * The opcodes, numbered as re/_constants.py numbers OPCODES (the order is
 * the contract with the Python compiler: never reorder).  X(name).
 */
#define KR_SRE_OPCODES(X)                                                    \
    X(FAILURE) X(SUCCESS) X(ANY) X(ANY_ALL) X(ASSERT) X(ASSERT_NOT) X(AT)    \
    X(BRANCH) X(CATEGORY) X(CHARSET) X(BIGCHARSET) X(GROUPREF)               \
    X(GROUPREF_EXISTS) X(IN) X(INFO) X(JUMP) X(LITERAL) X(MARK)              \
    X(MAX_UNTIL) X(MIN_UNTIL) X(NOT_LITERAL) X(NEGATE) X(RANGE) X(REPEAT)    \
    X(REPEAT_ONE) X(SUBPATTERN) X(MIN_REPEAT_ONE) X(ATOMIC_GROUP)            \
    X(POSSESSIVE_REPEAT) X(POSSESSIVE_REPEAT_ONE)                            \
    X(GROUPREF_IGNORE) X(IN_IGNORE) X(LITERAL_IGNORE) X(NOT_LITERAL_IGNORE)  \
    X(GROUPREF_LOC_IGNORE) X(IN_LOC_IGNORE) X(LITERAL_LOC_IGNORE)            \
    X(NOT_LITERAL_LOC_IGNORE)                                                \
    X(GROUPREF_UNI_IGNORE) X(IN_UNI_IGNORE) X(LITERAL_UNI_IGNORE)            \
    X(NOT_LITERAL_UNI_IGNORE) X(RANGE_UNI_IGNORE)

#define KR_SRE_ENUM(name) SRE_OP_##name,
typedef enum SreOp { KR_SRE_OPCODES(KR_SRE_ENUM) SRE_OP_COUNT } SreOp;
#undef KR_SRE_ENUM

/* AT codes (ATCODES in _constants.py). */
enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING,
    SRE_AT_BOUNDARY, SRE_AT_NON_BOUNDARY,
    SRE_AT_END, SRE_AT_END_LINE, SRE_AT_END_STRING,
    SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY,
    SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
    SRE_AT_COUNT
};

/* Category codes (CHCODES in _constants.py). */
enum {
    SRE_CATEGORY_DIGIT, SRE_CATEGORY_NOT_DIGIT,
    SRE_CATEGORY_SPACE, SRE_CATEGORY_NOT_SPACE,
    SRE_CATEGORY_WORD, SRE_CATEGORY_NOT_WORD,
    SRE_CATEGORY_LINEBREAK, SRE_CATEGORY_NOT_LINEBREAK,
    SRE_CATEGORY_LOC_WORD, SRE_CATEGORY_LOC_NOT_WORD,
    SRE_CATEGORY_UNI_DIGIT, SRE_CATEGORY_UNI_NOT_DIGIT,
    SRE_CATEGORY_UNI_SPACE, SRE_CATEGORY_UNI_NOT_SPACE,
    SRE_CATEGORY_UNI_WORD, SRE_CATEGORY_UNI_NOT_WORD,
    SRE_CATEGORY_UNI_LINEBREAK, SRE_CATEGORY_UNI_NOT_LINEBREAK,
    SRE_CATEGORY_COUNT
};

/* INFO block flags. */
enum { SRE_INFO_PREFIX = 1, SRE_INFO_LITERAL = 2, SRE_INFO_CHARSET = 4 };

/*
 * Results of kr_sre_match / kr_sre_search: 1 matched, 0 no match, or a
 * negative error, numbered as CPython's sre.c numbers them.  The module
 * maps ILLEGAL and STATE to RuntimeError, MEMORY to MemoryError and
 * INTERRUPTED to whatever exception the interrupt hook left pending.
 */
enum {
    SRE_ERROR_ILLEGAL     = -1,   /* unknown opcode: only unvalidated code */
    SRE_ERROR_STATE       = -2,   /* UNTIL without REPEAT: ditto */
    SRE_ERROR_MEMORY      = -9,   /* backtracking stack could not grow */
    SRE_ERROR_INTERRUPTED = -10,  /* the interrupt hook asked to stop */
};

/* How often (in dispatched ops) the interrupt hook runs: a power of two.
 * The fuzz build checks more often, so its instruction budget bounds a
 * catastrophic backtrack in a fraction of a second. */
#ifndef KR_SRE_CHECK_INTERVAL
#define KR_SRE_CHECK_INTERVAL 4096
#endif

/* Engine private: a single-character test run often, as a bitmap of 0..255
 * (KR_SRE_BITMAPS of them per state, direct-mapped by code position). */
#define KR_SRE_BITMAPS 32
#define KR_SRE_BITMAP_AFTER 1024
#define KR_SRE_INLINE_MARKS 32
#define KR_SRE_INLINE_STACK 4096
typedef struct SreSetCache {
    const SreCode *set;
    uint32_t uses;
    bool ready;                   /* bits are built */
    uint32_t bits[8];
} SreSetCache;

/*
 * One slot of a cache shared by every match of one code array, on any
 * thread (a compiled pattern's: kr_sre_state_share_cache).  A slot is
 * filled once and never changes after: the thread that claims it (CAS of
 * `state` from EMPTY to BUILDING) writes key and bits, then publishes
 * READY with a release store; readers load `state` with acquire before
 * reading key and bits.  While the slot is EMPTY, `count_key` and `uses`
 * count evaluations of the test that last used it, with relaxed atomics:
 * racing threads may lose a count or restart it, which only delays the
 * bitmap.  A test whose slot another test holds uses the state's own
 * cache.  Zeroed = all slots empty.
 */
enum { SRE_SLOT_EMPTY, SRE_SLOT_BUILDING, SRE_SLOT_READY };
typedef struct SreSharedBitmap {
    uint32_t state;
    uint32_t uses;
    const SreCode *count_key;
    const SreCode *key;
    uint32_t bits[8];
} SreSharedBitmap;

/*
 * The state of one match or search over one subject.  Positions are code
 * unit indices into `str`.  Fields above the line are the API; the rest
 * belong to the engine.
 */
typedef struct SreState {
    /* The subject, fixed by kr_sre_state_init. */
    const void *str;
    int charsize;                 /* 1, 2 or 4 */
    ptrdiff_t length;
    ptrdiff_t pos, endpos;        /* the window, clipped to 0..length */

    /* In: where the next attempt starts (init sets it to pos).  Out, after a
     * match: the match is start..ptr. */
    ptrdiff_t start, ptr;
    bool match_all;               /* fullmatch: the match must end at endpos */
    bool must_advance;            /* reject an empty match at start */

    /* Out: group marks, 2 per capturing group (group g >= 1 uses mark[2g-2]
     * and mark[2g-1]); only mark[0..lastmark] are meaningful.  Read them
     * through kr_sre_span. */
    ptrdiff_t *mark;
    int lastmark, lastindex;      /* lastindex: Match.lastindex, -1 = None */
    size_t groups;

    /* The interrupt hook: called every KR_SRE_CHECK_INTERVAL steps; a
     * nonzero return stops the match with SRE_ERROR_INTERRUPTED. */
    int (*interrupt)(void *arg);
    void *interrupt_arg;

    /* Largest backtracking stack allowed, in bytes (init: unlimited, as in
     * CPython; malloc failure is SRE_ERROR_MEMORY either way). */
    size_t stack_max;
    /* After how many evaluations a single-character test gets a bitmap
     * (init: KR_SRE_BITMAP_AFTER; tests set 0 to use bitmaps always). */
    uint32_t bitmap_after;

    /* ---- engine private ---- */
    char *stack;
    size_t stack_size, stack_top;
    ptrdiff_t repeat;             /* stack offset of the innermost REPEAT, -1 */
    const void *beginning, *end, *strend, *cur, *startp;
    unsigned sigcount;
    const SreCode *code;          /* the code setcache belongs to */
    SreSetCache *cache;           /* setcache once zeroed for `code`, else NULL */
    SreSharedBitmap *shared;      /* a pattern's (kr_sre_state_share_cache), or NULL */
    /* Storage that saves a short match its mallocs: the marks of up to
     * KR_SRE_INLINE_MARKS / 2 - 1 groups and the first bytes of the stack.
     * (init zeroes nothing from here on.) */
    SreSetCache setcache[KR_SRE_BITMAPS];
    ptrdiff_t mark_inline[KR_SRE_INLINE_MARKS];
    _Alignas(16) char stack_inline[KR_SRE_INLINE_STACK];
} SreState;

/*
 * Lets a state use `cache` (KR_SRE_BITMAPS zeroed slots that the caller
 * keeps for one code array, such as a compiled pattern's) before its own,
 * so the single-character bitmaps built by one match serve the next, on
 * any thread (see SreSharedBitmap).  Call after kr_sre_state_init, with
 * the same code for every match.
 */
void kr_sre_state_share_cache(SreState *st, SreSharedBitmap *cache);

/*
 * Copies a state to dst (a state lives in its own storage: use this, not
 * assignment, to move one, e.g. into a heap object).
 */
void kr_sre_state_move(SreState *dst, const SreState *src);

/*
 * Checks a code array as CPython's _validate does (plus the REPEAT_ONE item
 * rule above).  0 if the code is safe to run with `groups` capturing groups,
 * -1 otherwise (`_sre.compile` then raises RuntimeError("invalid SRE code")).
 */
KR_MUST_CHECK int kr_sre_validate(const SreCode *code, size_t len, size_t groups);

/*
 * The offsets of the REPEAT_ONE ops of validated code, in a malloc'ed array
 * of *n (NULL, *n = 0 when there are none or memory ran out).
 */
size_t *kr_sre_repeat_ones(const SreCode *code, size_t len, size_t groups, size_t *n);

/*
 * Rewrites validated code in place where a cheaper op is exactly
 * equivalent: a greedy REPEAT_ONE whose tail must begin with a character
 * its item never matches becomes POSSESSIVE_REPEAT_ONE (sre_engine.c says
 * why that is exact).  Matches, spans and lastindex are unchanged.
 */
void kr_sre_optimize(SreCode *code, size_t len, size_t groups);

/*
 * Prepares a state: pos and endpos are clipped to the string as
 * Pattern.match(string, pos, endpos) clips them.  False if out of memory.
 * The string must stay alive and unchanged until kr_sre_state_fini.
 */
KR_MUST_CHECK bool kr_sre_state_init(SreState *st, const void *str,
                                     ptrdiff_t length, int charsize,
                                     ptrdiff_t pos, ptrdiff_t endpos,
                                     size_t groups);
void kr_sre_state_fini(SreState *st);
/* Forgets the marks of the previous attempt (scanning loops call it). */
void kr_sre_state_reset(SreState *st);

/*
 * Pattern.match / fullmatch (set st->match_all first) at st->start, and
 * Pattern.search from st->start.  Return 1, 0 or SRE_ERROR_*.
 */
KR_MUST_CHECK int kr_sre_match(SreState *st, const SreCode *code);
KR_MUST_CHECK int kr_sre_search(SreState *st, const SreCode *code);

/* Span of group g (0 = the whole match) after a successful match; -1, -1
 * for a group that did not participate. */
void kr_sre_span(const SreState *st, size_t g, ptrdiff_t *start, ptrdiff_t *end);

/* All n spans at once (groups 0..n-1, n <= groups + 1) into out[2n]:
 * what kr_sre_span gives, in one pass. */
void kr_sre_spans(const SreState *st, size_t n, int64_t *out);

/* The helpers `_sre` exports to re._compiler. */
bool kr_sre_ascii_iscased(uint32_t ch);
bool kr_sre_unicode_iscased(uint32_t ch);
uint32_t kr_sre_ascii_tolower(uint32_t ch);
uint32_t kr_sre_unicode_tolower(uint32_t ch);

#endif
