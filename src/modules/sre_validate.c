/*
 * sre_validate.c -- checks a code array before the engine may run it.
 *
 * `_sre.compile` accepts any list of integers, and the fuzzer (and any user
 * calling `_sre.compile` directly) will hand it garbage, so nothing the
 * matcher reads may be out of bounds.  The checks are CPython's _validate:
 *
 *   - every skip stays inside the enclosing construct, and the word a skip
 *     lands on is the one the construct requires (SUCCESS after a repeat
 *     body, MAX_UNTIL/MIN_UNTIL after a REPEAT body, FAILURE after a set,
 *     JUMP at the end of each BRANCH alternative, all to the same target);
 *   - operands are in range: AT and CATEGORY codes known, MARK below
 *     2*groups+2, group references below `groups`, min <= max;
 *   - the INFO block's prefix and overlap table fit, overlap values are
 *     below the prefix length, and its charset is a valid set.
 *
 * Jumps are relative and forward and constructs nest, so validation is a
 * walk over nested ranges.  CPython recurses once per nesting level; here
 * the pending "what to check when this range ends" records live on a
 * malloc'ed stack, so a million nested groups cost heap, not C stack.
 *
 * Stricter than CPython in three places, all for code its compiler never
 * emits: a leading INFO block's prefix_skip must cover LITERAL ops (search
 * resumes matching past them), an INFO block whose fixed fields overrun its own skip is rejected
 * (CPython's unsigned comparison lets it through and may read past the
 * block), and the item of REPEAT_ONE / MIN_REPEAT_ONE /
 * POSSESSIVE_REPEAT_ONE must be exactly one single-character op (LITERAL,
 * NOT_LITERAL and their case variants, ANY, ANY_ALL, IN and its variants),
 * which is what re._compiler's _simple() guarantees; the engine relies on it
 * to count repetitions without re-entering the matcher.
 */
#include <stdlib.h>

#include "modules/sre_engine.h"

/* What to do when the current range ends. */
typedef enum VKind {
    V_TAIL,      /* a body: the word at `resume` must be expect_a or expect_b */
    V_BRANCH,    /* one alternative: JUMP to the common target comes next */
    V_COND_YES,  /* GROUPREF_EXISTS 'yes' part: may end in JUMP to an 'no' part */
    V_COND_NO,   /* GROUPREF_EXISTS 'no' part */
} VKind;

typedef struct VFrame {
    VKind kind;
    uint32_t expect_a, expect_b;
    size_t end;       /* the enclosing range's end */
    size_t resume;    /* where the enclosing range continues */
    size_t target;    /* V_BRANCH: common JUMP target, 0 = not yet known */
} VFrame;

typedef struct Validator {
    const SreCode *code;
    size_t groups;
    VFrame *frames;
    size_t nframes, cap;
    /* kr_sre_repeat_ones: where the REPEAT_ONE ops are (NULL: not wanted) */
    size_t *ones;
    size_t nones, capones;
    bool ones_failed;
} Validator;

static void note_repeat_one(Validator *v, size_t at)
{
    if (v->nones == v->capones) {
        size_t cap = v->capones ? 2 * v->capones : 16;
        size_t *p = realloc(v->ones, cap * sizeof *p);
        if (!p) {
            v->ones_failed = true;
            return;
        }
        v->ones = p;
        v->capones = cap;
    }
    v->ones[v->nones++] = at;
}

static bool push(Validator *v, VFrame f)
{
    if (v->nframes == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        VFrame *p = realloc(v->frames, cap * sizeof *p);
        if (!p)
            return false;
        v->frames = p;
        v->cap = cap;
    }
    v->frames[v->nframes++] = f;
    return true;
}

/*
 * Reads the skip word at *i (which must be < end) and checks that
 * skip - adj words fit between *i and end; advances past it.  CPython's
 * GET_SKIP_ADJ.
 */
static bool get_skip(const SreCode *code, size_t *i, size_t end, uint32_t adj,
                     size_t *skip)
{
    if (*i >= end)
        return false;
    uint32_t s = code[*i];
    if (s < adj || (size_t)(s - adj) > end - *i)
        return false;
    *skip = s;
    (*i)++;
    return true;
}

static bool valid_category(uint32_t c) { return c < SRE_CATEGORY_COUNT; }

/* A character set: [i, end) holds set items, nothing else. */
static bool validate_charset(const SreCode *code, size_t i, size_t end)
{
    while (i < end) {
        switch (code[i++]) {
        case SRE_OP_NEGATE:
            break;
        case SRE_OP_LITERAL:
            if (i >= end)
                return false;
            i++;
            break;
        case SRE_OP_CATEGORY:
            if (i >= end || !valid_category(code[i]))
                return false;
            i++;
            break;
        case SRE_OP_RANGE:
        case SRE_OP_RANGE_UNI_IGNORE:
            if (end - i < 2)
                return false;
            i += 2;
            break;
        case SRE_OP_CHARSET:
            if (end - i < 256 / 32)
                return false;
            i += 256 / 32;
            break;
        case SRE_OP_BIGCHARSET: {
            if (i >= end)
                return false;
            uint32_t blocks = code[i++];
            if (end - i < 256 / 4)
                return false;
            const unsigned char *index = (const unsigned char *)(code + i);
            for (int k = 0; k < 256; k++)
                if (index[k] >= blocks)
                    return false;
            i += 256 / 4;
            if ((uint64_t)blocks * (256 / 32) > end - i)
                return false;
            i += (size_t)blocks * (256 / 32);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

/* INFO at i (just past the opcode). Returns the position after it, or 0. */
static size_t validate_info(const SreCode *code, size_t i, size_t end)
{
    size_t skip, at = i;
    if (!get_skip(code, &i, end, 0, &skip) || skip < 4)
        return 0;
    size_t stop = at + skip;   /* first word after the block */
    uint32_t flags = code[i];
    i += 3;                    /* flags, min, max */
    if (flags & ~(uint32_t)(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET))
        return 0;
    if ((flags & SRE_INFO_PREFIX) && (flags & SRE_INFO_CHARSET))
        return 0;
    if ((flags & SRE_INFO_LITERAL) && !(flags & SRE_INFO_PREFIX))
        return 0;
    if (flags & SRE_INFO_PREFIX) {
        if (stop < i + 2)
            return 0;
        uint32_t plen = code[i];
        i += 2;                /* length, skip (see prefix_skip_ok) */
        if ((uint64_t)plen * 2 > stop - i)
            return 0;
        for (uint32_t k = 0; k < plen; k++)
            if (code[i + plen + k] >= plen)
                return 0;
        i += 2 * (size_t)plen;
    }
    if (flags & SRE_INFO_CHARSET) {
        if (stop <= i || code[stop - 1] != SRE_OP_FAILURE ||
            !validate_charset(code, i, stop - 1))
            return 0;
        i = stop;
    }
    return i == stop ? i : 0;
}

/* Length in words of a single-character op at i, or 0 if it is not one. */
static size_t unit_length(const SreCode *code, size_t i, size_t end)
{
    switch (code[i]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
    case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        return 2;
    case SRE_OP_IN: case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_LOC_IGNORE: case SRE_OP_IN_UNI_IGNORE:
        return i + 1 < end ? 1 + (size_t)code[i + 1] : 0;
    default:
        return 0;
    }
}

/*
 * The walk.  `i` scans the current range [i, end); an op that opens a
 * nested range pushes what must be checked when it closes and descends.  A
 * range closes when i reaches end (result 0) or with a JUMP whose operand
 * is its last word (result 1, only acceptable where an alternative or the
 * 'yes' part of a conditional may end).  Kept as one function because the
 * cases share i/end/rc; each case is short.
 */
static bool walk(Validator *v, size_t len)
{
    const SreCode *code = v->code;
    size_t i = 0, end = len - 1, skip;
    int rc;

descend:
    rc = 0;
    if (i > end)
        return false;
    while (i < end) {
        uint32_t op = code[i++];
        switch (op) {
        case SRE_OP_SUCCESS: case SRE_OP_FAILURE:
        case SRE_OP_ANY: case SRE_OP_ANY_ALL:
            break;
        case SRE_OP_MARK:
            if (i >= end || code[i] > 2 * (uint64_t)v->groups + 1)
                return false;
            i++;
            break;
        case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            if (i >= end)
                return false;
            i++;
            break;
        case SRE_OP_AT:
            if (i >= end || code[i] >= SRE_AT_COUNT)
                return false;
            i++;
            break;
        case SRE_OP_IN: case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE: {
            size_t at = i;
            if (!get_skip(code, &i, end, 0, &skip) || skip < 2)
                return false;
            if (code[at + skip - 1] != SRE_OP_FAILURE ||
                !validate_charset(code, i, at + skip - 1))
                return false;
            i = at + skip;
            break;
        }
        case SRE_OP_INFO:
            if (!(i = validate_info(code, i, end)))
                return false;
            break;
        case SRE_OP_BRANCH: {
            size_t at = i;
            if (!get_skip(code, &i, end, 0, &skip))
                return false;
            if (skip == 0)         /* a BRANCH with no alternatives */
                return false;
            if (skip < 3)
                return false;
            if (!push(v, (VFrame){V_BRANCH, 0, 0, end, at + skip - 2, 0}))
                return false;
            end = at + skip - 2;
            goto descend;
        }
        case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE:
        case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            size_t at = i;
            if (op == SRE_OP_REPEAT_ONE && v->capones != SIZE_MAX)
                note_repeat_one(v, at - 1);
            if (!get_skip(code, &i, end, 0, &skip) || end - i < 2)
                return false;
            if (code[i] > code[i + 1] || skip < 4)
                return false;
            i += 2;
            size_t body_end = at + skip - 1;
            if (i >= body_end || unit_length(code, i, body_end) != body_end - i)
                return false;
            if (!push(v, (VFrame){V_TAIL, SRE_OP_SUCCESS, SRE_OP_SUCCESS,
                                  end, body_end, 0}))
                return false;
            end = body_end;
            goto descend;
        }
        case SRE_OP_REPEAT: case SRE_OP_POSSESSIVE_REPEAT: {
            size_t at = i;
            if (!get_skip(code, &i, end, 0, &skip) || end - i < 2)
                return false;
            if (code[i] > code[i + 1] || skip < 3)
                return false;
            i += 2;
            VFrame f = {V_TAIL, SRE_OP_MAX_UNTIL, SRE_OP_MIN_UNTIL, end, at + skip, 0};
            if (op == SRE_OP_POSSESSIVE_REPEAT)
                f.expect_a = f.expect_b = SRE_OP_SUCCESS;
            if (!push(v, f))
                return false;
            end = at + skip;
            goto descend;
        }
        case SRE_OP_ATOMIC_GROUP: {
            size_t at = i;
            if (!get_skip(code, &i, end, 0, &skip) || skip < 2)
                return false;
            if (!push(v, (VFrame){V_TAIL, SRE_OP_SUCCESS, SRE_OP_SUCCESS,
                                  end, at + skip - 1, 0}))
                return false;
            end = at + skip - 1;
            goto descend;
        }
        case SRE_OP_ASSERT: case SRE_OP_ASSERT_NOT: {
            size_t at = i;
            if (!get_skip(code, &i, end, 0, &skip) || i >= end || skip < 3)
                return false;
            i++;                   /* lookbehind width: any value is safe */
            if (!push(v, (VFrame){V_TAIL, SRE_OP_SUCCESS, SRE_OP_SUCCESS,
                                  end, at + skip - 1, 0}))
                return false;
            end = at + skip - 1;
            goto descend;
        }
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE: case SRE_OP_GROUPREF_LOC_IGNORE:
            if (i >= end || code[i] >= v->groups)
                return false;
            i++;
            break;
        case SRE_OP_GROUPREF_EXISTS: {
            if (i >= end || code[i] >= v->groups)
                return false;
            i++;
            size_t at = i;         /* the skip is relative to itself */
            if (!get_skip(code, &i, end, 1, &skip) || skip < 2)
                return false;
            if (!push(v, (VFrame){V_COND_YES, 0, 0, end, at + skip - 1, at + skip - 2}))
                return false;
            end = at + skip - 1;
            goto descend;
        }
        case SRE_OP_JUMP:
            if (i + 1 != end)
                return false;
            i = end;
            rc = 1;
            break;
        default:
            return false;
        }
    }

    /* The current range is closed with result rc: finish the construct. */
    if (v->nframes == 0)
        return rc == 0;
    VFrame f = v->frames[--v->nframes];
    i = f.resume;
    end = f.end;
    switch (f.kind) {
    case V_TAIL:
        if (rc != 0 || i >= end || (code[i] != f.expect_a && code[i] != f.expect_b))
            return false;
        i++;
        goto descend;
    case V_BRANCH: {
        /* i is at the alternative's JUMP */
        if (rc != 0 || i >= end || code[i] != SRE_OP_JUMP)
            return false;
        i++;
        size_t at = i;
        if (!get_skip(code, &i, end, 0, &skip))
            return false;
        size_t target = at + skip;
        if (f.target && f.target != target)
            return false;
        at = i;
        if (!get_skip(code, &i, end, 0, &skip))
            return false;
        if (skip == 0) {
            if (i != target)
                return false;
            goto descend;
        }
        if (skip < 3 || !push(v, (VFrame){V_BRANCH, 0, 0, end, at + skip - 2, target}))
            return false;
        end = at + skip - 2;
        goto descend;
    }
    case V_COND_YES:
        if (rc == 1) {
            size_t at = f.target;  /* the JUMP's operand: skip to the end of 'no' */
            i = at;
            if (!get_skip(code, &i, end, 0, &skip))
                return false;
            if (!push(v, (VFrame){V_COND_NO, 0, 0, end, at + skip, 0}))
                return false;
            end = at + skip;
            goto descend;
        }
        goto descend;
    case V_COND_NO:
        if (rc != 0)
            return false;
        goto descend;
    }
    return false;
}

/*
 * search() resumes matching 2*prefix_skip words after a leading INFO block,
 * trusting that the prefix's LITERAL ops are there.  CPython does not check
 * this (garbage code can make it read past the array); we do.
 */
static bool prefix_skip_ok(const SreCode *code, size_t len)
{
    if (code[0] != SRE_OP_INFO || !(code[2] & SRE_INFO_PREFIX))
        return true;
    size_t after = 1 + (size_t)code[1];
    uint64_t skip = code[6];
    if (skip > code[5] || after + 2 * skip >= len)
        return false;
    for (size_t k = 0; k < skip; k++)
        if (code[after + 2 * k] != SRE_OP_LITERAL)
            return false;
    return true;
}

int kr_sre_validate(const SreCode *code, size_t len, size_t groups)
{
    if (groups > KR_SRE_MAXGROUPS || len == 0 || code[len - 1] != SRE_OP_SUCCESS)
        return -1;
    Validator v = {code, groups, NULL, 0, 0, NULL, 0, SIZE_MAX, false};
    bool ok = walk(&v, len) && prefix_skip_ok(code, len);
    free(v.frames);
    return ok ? 0 : -1;
}

size_t *kr_sre_repeat_ones(const SreCode *code, size_t len, size_t groups, size_t *n)
{
    Validator v = {code, groups, NULL, 0, 0, NULL, 0, 0, false};
    bool ok = walk(&v, len);
    free(v.frames);
    if (!ok || v.ones_failed) {
        free(v.ones);
        v.ones = NULL;
        v.nones = 0;
    }
    *n = v.nones;
    return v.ones;
}
