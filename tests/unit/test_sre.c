/*
 * test_sre.c -- the _sre engine against python3.11, plus robustness checks.
 *
 * 1. Differential: tests/unit/sre_cases.txt (written by
 *    tools/gen_sre_tests.py from python3.11's own compiler and re module)
 *    holds ~1,160 compiled patterns and ~102,000 match / search / fullmatch /
 *    finditer cases over 1-, 2- and 4-byte subjects; every status, lastindex
 *    and group span must be identical, with the engine's character bitmaps
 *    off and forced on.  Plus checksums of _sre.unicode_tolower and
 *    unicode_iscased over every code point.  `test_sre --cases FILE` runs
 *    another case file (gen_sre_tests.py --random N FILE makes N random
 *    patterns over a small alphabet).
 * 2. Robustness: every pattern's code is mutated at random (words changed,
 *    truncated); whatever the validator accepts must run without a fault
 *    (meaningful under -fsanitize=address,undefined).  Hand-made malformed
 *    arrays must be rejected.
 * 3. Limits: 200,000 nested groups validate and match without C recursion;
 *    a long backtracking match ((?:a|bc)*d, 200,000 iterations) grows the heap stack; a stack cap gives
 *    SRE_ERROR_MEMORY and the interrupt hook SRE_ERROR_INTERRUPTED.
 *
 * `test_sre --bench [file]` instead times the searches that
 * `tools/gen_sre_tests.py --bench [file]` wrote (and timed under python3.11).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "modules/sre_engine.h"

static int failures, checked;

/* ---- reading the case file ---- */

typedef struct Cases {
    char *text, *at;
} Cases;

static bool next_line(Cases *c, char **line)
{
    if (!*c->at)
        return false;
    *line = c->at;
    char *nl = strchr(c->at, '\n');
    if (nl) {
        *nl = 0;
        c->at = nl + 1;
    } else {
        c->at += strlen(c->at);
    }
    return true;
}

static long num(char **p)
{
    return strtol(*p, p, 10);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n)
        n = 0;
    buf[n] = 0;
    fclose(f);
    return buf;
}

typedef struct Current {
    char comment[200];
    SreCode *code;
    size_t ncode, groups;
    void *subject;
    int charsize;
    ptrdiff_t len;
    uint32_t *units;
} Current;

static void fail(const Current *cur, const char *what, const char *line)
{
    if (++failures <= 30)
        fprintf(stderr, "FAIL %s\n  pattern %s\n  case %s\n", what, cur->comment, line);
}

/* The result record python3.11 would print for the state after r. */
static bool same_result(SreState *st, int r, char **p)
{
    long status = num(p);
    if (r < 0 || r != status)
        return false;
    if (r == 0)
        return true;
    if (num(p) != st->lastindex)
        return false;
    for (size_t g = 0; g <= st->groups; g++) {
        ptrdiff_t s, e;
        kr_sre_span(st, g, &s, &e);
        long es = num(p), ee = num(p);
        if (s != es || e != ee)
            return false;
    }
    return true;
}

static void run_test(Current *cur, char *line)
{
    char *p = line + 2;
    int op = (int)num(&p);
    ptrdiff_t pos = num(&p), endpos = num(&p);
    SreState st;
    if (!kr_sre_state_init(&st, cur->subject, cur->len, cur->charsize, pos, endpos,
                           cur->groups)) {
        fail(cur, "oom", line);
        return;
    }
    st.match_all = op == 2;
    int r = op == 1 ? kr_sre_search(&st, cur->code) : kr_sre_match(&st, cur->code);
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", line);
    char *again = p;
    if (!same_result(&st, r, &p))
        fail(cur, "result", copy);
    /* again with every single-character test answered from a bitmap */
    kr_sre_state_reset(&st);
    st.start = st.pos;
    st.bitmap_after = 0;
    r = op == 1 ? kr_sre_search(&st, cur->code) : kr_sre_match(&st, cur->code);
    if (!same_result(&st, r, &again))
        fail(cur, "result with bitmaps", copy);
    kr_sre_state_fini(&st);
    checked++;
}

/* finditer, as CPython's scanner drives the engine. */
static void run_finditer(Current *cur, char *line)
{
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", line);
    char *p = line + 2;
    ptrdiff_t pos = num(&p), endpos = num(&p);
    long n = num(&p);
    SreState st;
    if (!kr_sre_state_init(&st, cur->subject, cur->len, cur->charsize, pos, endpos,
                           cur->groups)) {
        fail(cur, "oom", copy);
        return;
    }
    long got = 0;
    bool ok = true;
    while (got < 50) {
        kr_sre_state_reset(&st);
        int r = kr_sre_search(&st, cur->code);
        if (r < 0)
            ok = false;
        if (r <= 0)
            break;
        if (got >= n) {
            ok = false;
            break;
        }
        long li = num(&p);
        if (li != st.lastindex)
            ok = false;
        for (size_t g = 0; g <= st.groups; g++) {
            ptrdiff_t s, e;
            kr_sre_span(&st, g, &s, &e);
            if (s != num(&p) || e != num(&p))
                ok = false;
        }
        got++;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if (!ok || got != n)
        fail(cur, "finditer", copy);
    kr_sre_state_fini(&st);
    checked++;
}

static void set_subject(Current *cur, char *line)
{
    char *p = line + 2;
    cur->charsize = (int)num(&p);
    cur->len = num(&p);
    free(cur->subject);
    free(cur->units);
    /* exactly len units, so ASan sees any read past the subject */
    cur->subject = malloc((size_t)(cur->len ? cur->len : 1) * (size_t)cur->charsize);
    cur->units = malloc((size_t)(cur->len + 1) * sizeof(uint32_t));
    for (ptrdiff_t i = 0; i < cur->len; i++) {
        uint32_t u = (uint32_t)num(&p);
        cur->units[i] = u;
        if (cur->charsize == 1)
            ((uint8_t *)cur->subject)[i] = (uint8_t)u;
        else if (cur->charsize == 2)
            ((uint16_t *)cur->subject)[i] = (uint16_t)u;
        else
            ((uint32_t *)cur->subject)[i] = u;
    }
}

/* ---- mutation: the validator must keep the engine safe ---- */

static uint64_t rng = 88172645463325252ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static int mutants_run, mutants_rejected;
static int mutate_rounds = 8;   /* SRE_FUZZ_ROUNDS=N for a longer one-off run */

/* Mutants may backtrack exponentially: the interrupt hook bounds them. */
static int mutant_budget;
static int out_of_budget(void *arg)
{
    (void)arg;
    return --mutant_budget < 0;
}

static void mutate(const Current *cur)
{
    static const uint32_t interesting[] = {0, 1, 2, 3, 4, 0xFFFFFFFFu, 7, 15, 17, 24, 25};
    SreCode *m = malloc(cur->ncode * sizeof *m);
    for (int round = 0; round < mutate_rounds; round++) {
        size_t n = cur->ncode;
        memcpy(m, cur->code, n * sizeof *m);
        int edits = 1 + (int)(rnd() % 3);
        for (int k = 0; k < edits; k++) {
            size_t at = rnd() % n;
            switch (rnd() % 4) {
            case 0: m[at] = rnd() % SRE_OP_COUNT; break;
            case 1: m[at] = interesting[rnd() % KR_ARRAY_LEN(interesting)]; break;
            case 2: m[at] += (rnd() % 5) - 2; break;
            default: if (n > 2) n = 1 + rnd() % (n - 1); m[n - 1] = SRE_OP_SUCCESS; break;
            }
        }
        size_t groups = cur->groups + (rnd() % 4 == 0);
        if (kr_sre_validate(m, n, groups) != 0) {
            mutants_rejected++;
            continue;
        }
        SreState st;
        if (!kr_sre_state_init(&st, cur->subject, cur->len, cur->charsize, 0,
                               cur->len, groups))
            continue;
        st.stack_max = 1 << 20;
        st.interrupt = out_of_budget;
        mutant_budget = 64;       /* x KR_SRE_CHECK_INTERVAL steps */
        int r = kr_sre_search(&st, m);
        kr_sre_state_reset(&st);
        st.start = 0;
        st.match_all = true;
        mutant_budget = 64;
        r |= kr_sre_match(&st, m);
        (void)r;
        kr_sre_state_fini(&st);
        mutants_run++;
    }
    free(m);
}

/* _sre.unicode_tolower / unicode_iscased on every code point, by checksum. */
static void check_case_helpers(char *line)
{
    char *p = line + 2;
    unsigned long long want_lower = strtoull(p, &p, 10), want_cased = strtoull(p, &p, 10);
    unsigned long long h_lower = 0, h_cased = 0, mod = 1ull << 61;
    for (uint32_t c = 0; c < 0x110000; c++) {
        h_lower = (h_lower * 31 + kr_sre_unicode_tolower(c)) % mod;
        h_cased = (h_cased * 3 + kr_sre_unicode_iscased(c)) % mod;
    }
    checked++;
    if (h_lower != want_lower || h_cased != want_cased) {
        failures++;
        fprintf(stderr, "FAIL unicode_tolower / unicode_iscased checksums\n");
    }
}

static void run_cases(const char *path)
{
    Cases c = {read_file(path), NULL};
    if (!c.text) {
        fprintf(stderr, "test_sre: cannot read %s\n", path);
        failures++;
        return;
    }
    c.at = c.text;
    Current cur = {0};
    char *line;
    while (next_line(&c, &line)) {
        switch (line[0]) {
        case '#':
            snprintf(cur.comment, sizeof cur.comment, "%s", line + 1);
            if (getenv("SRE_VERBOSE"))
                fprintf(stderr, "%s\n", cur.comment);
            break;
        case 'P': {
            char *p = line + 2;
            cur.groups = (size_t)num(&p);
            cur.ncode = (size_t)num(&p);
            free(cur.code);
            cur.code = malloc(cur.ncode * sizeof(SreCode));
            for (size_t i = 0; i < cur.ncode; i++)
                cur.code[i] = (SreCode)strtoul(p, &p, 10);
            if (kr_sre_validate(cur.code, cur.ncode, cur.groups) != 0)
                fail(&cur, "validate", "P");
            else        /* what _sre.compile runs: CPython's answers must still hold */
                kr_sre_optimize(cur.code, cur.ncode, cur.groups);
            break;
        }
        case 'S':
            if (cur.subject && cur.code)
                mutate(&cur);
            set_subject(&cur, line);
            break;
        case 'T':
            run_test(&cur, line);
            break;
        case 'F':
            run_finditer(&cur, line);
            break;
        case 'X':
            check_case_helpers(line);
            break;
        }
    }
    free(cur.code);
    free(cur.subject);
    free(cur.units);
    free(c.text);
}

/* ---- hand-made code arrays ---- */

static void expect(bool ok, const char *what)
{
    checked++;
    if (!ok) {
        failures++;
        fprintf(stderr, "FAIL %s\n", what);
    }
}

static void test_malformed(void)
{
    static const SreCode ok[] = {SRE_OP_LITERAL, 'a', SRE_OP_SUCCESS};
    static const SreCode no_success[] = {SRE_OP_LITERAL, 'a'};
    static const SreCode bad_op[] = {200, SRE_OP_SUCCESS};
    static const SreCode until_alone[] = {SRE_OP_MAX_UNTIL, SRE_OP_SUCCESS};
    static const SreCode bad_mark[] = {SRE_OP_MARK, 3, SRE_OP_SUCCESS};
    static const SreCode bad_ref[] = {SRE_OP_GROUPREF, 1, SRE_OP_SUCCESS};
    static const SreCode big_skip[] = {SRE_OP_IN, 1000, SRE_OP_FAILURE, SRE_OP_SUCCESS};
    static const SreCode bad_at[] = {SRE_OP_AT, 12, SRE_OP_SUCCESS};
    static const SreCode bad_cat[] = {SRE_OP_IN, 4, SRE_OP_CATEGORY, 99, SRE_OP_FAILURE,
                                      SRE_OP_SUCCESS};
    static const SreCode min_gt_max[] = {SRE_OP_REPEAT_ONE, 6, 3, 2, SRE_OP_ANY,
                                         SRE_OP_SUCCESS, SRE_OP_SUCCESS};
    static const SreCode rep_one_complex[] = {SRE_OP_REPEAT_ONE, 7, 0, 2, SRE_OP_LITERAL, 'a',
                                              SRE_OP_ANY, SRE_OP_SUCCESS, SRE_OP_SUCCESS};
    static const SreCode jump_top[] = {SRE_OP_JUMP, 2, SRE_OP_SUCCESS};
    expect(kr_sre_validate(ok, 3, 0) == 0, "minimal code is valid");
    expect(kr_sre_validate(no_success, 2, 0) != 0, "missing SUCCESS");
    expect(kr_sre_validate(bad_op, 2, 0) != 0, "unknown opcode");
    expect(kr_sre_validate(until_alone, 2, 0) != 0, "MAX_UNTIL without REPEAT");
    expect(kr_sre_validate(bad_mark, 3, 1) == 0, "MARK 3 with one group");
    expect(kr_sre_validate(bad_mark, 3, 0) != 0, "MARK 3 with no group");
    expect(kr_sre_validate(bad_ref, 3, 1) != 0, "GROUPREF beyond groups");
    expect(kr_sre_validate(big_skip, 4, 0) != 0, "skip past the end");
    expect(kr_sre_validate(bad_at, 3, 0) != 0, "unknown AT code");
    expect(kr_sre_validate(bad_cat, 6, 0) != 0, "unknown category");
    expect(kr_sre_validate(min_gt_max, 7, 0) != 0, "min > max");
    expect(kr_sre_validate(rep_one_complex, 9, 0) != 0, "REPEAT_ONE of two ops");
    expect(kr_sre_validate(jump_top, 3, 0) != 0, "JUMP at top level");
    expect(kr_sre_validate(ok, 0, 0) != 0, "empty code");
}

/* The LINEBREAK categories: no pattern syntax reaches them, code can. */
static void test_linebreak(void)
{
    static const struct { uint32_t cat, ch; bool in; } cases[] = {
        {SRE_CATEGORY_LINEBREAK, '\n', true},
        {SRE_CATEGORY_LINEBREAK, '\r', false},
        {SRE_CATEGORY_NOT_LINEBREAK, 'a', true},
        {SRE_CATEGORY_NOT_LINEBREAK, '\n', false},
        {SRE_CATEGORY_UNI_LINEBREAK, 0x2028, true},
        {SRE_CATEGORY_UNI_LINEBREAK, '\r', true},
        {SRE_CATEGORY_UNI_LINEBREAK, 'x', false},
        {SRE_CATEGORY_UNI_NOT_LINEBREAK, 0x85, false},
        {SRE_CATEGORY_UNI_NOT_LINEBREAK, 0xe9, true},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++) {
        SreCode code[] = {SRE_OP_IN, 4, SRE_OP_CATEGORY, cases[i].cat, SRE_OP_FAILURE,
                          SRE_OP_SUCCESS};
        uint32_t subject = cases[i].ch;
        SreState st;
        expect(kr_sre_validate(code, KR_ARRAY_LEN(code), 0) == 0, "linebreak code valid");
        if (!kr_sre_state_init(&st, &subject, 1, 4, 0, 1, 0))
            return;
        expect(kr_sre_match(&st, code) == cases[i].in, "LINEBREAK category");
        kr_sre_state_fini(&st);
    }
}

/* ATOMIC_GROUP x depth around one LITERAL: deep nesting, no C recursion. */
static void test_deep_nesting(void)
{
    size_t depth = 200000, n = depth * 3 + 3, k = 0;
    SreCode *code = malloc(n * sizeof *code);
    for (size_t d = 0; d < depth; d++) {
        code[k++] = SRE_OP_ATOMIC_GROUP;
        code[k++] = (SreCode)(3 * (depth - d) + 2 - 1);
    }
    code[k++] = SRE_OP_LITERAL;
    code[k++] = 'a';
    for (size_t d = 0; d < depth; d++)
        code[k++] = SRE_OP_SUCCESS;
    code[k++] = SRE_OP_SUCCESS;
    expect(kr_sre_validate(code, k, 0) == 0, "200000 nested atomic groups validate");
    SreState st;
    if (kr_sre_state_init(&st, "xa", 2, 1, 0, 2, 0)) {
        int r = kr_sre_search(&st, code);
        expect(r == 1 && st.start == 1 && st.ptr == 2, "deeply nested search");
        kr_sre_state_fini(&st);
    }
    free(code);
}

/* (?:a|bc)*d over a long subject (python3.11's code for it, minus INFO): a
 * few frames per iteration, all on the heap stack. */
static const SreCode alt_star[] = {
    SRE_OP_REPEAT, 17, 0, KR_SRE_MAXREPEAT,
    SRE_OP_BRANCH, 5, SRE_OP_LITERAL, 'a', SRE_OP_JUMP, 9,
    7, SRE_OP_LITERAL, 'b', SRE_OP_LITERAL, 'c', SRE_OP_JUMP, 2, 0,
    SRE_OP_MAX_UNTIL, SRE_OP_LITERAL, 'd', SRE_OP_SUCCESS,
};

static int calls;
static int interrupt_after_3(void *arg)
{
    (void)arg;
    return ++calls >= 3;
}

static void test_limits(void)
{
    size_t n = 300000;   /* a multiple of 3 */
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = "abc"[i % 3];
    s[n] = 'd';
    expect(kr_sre_validate(alt_star, KR_ARRAY_LEN(alt_star), 0) == 0, "alt_star valid");
    SreState st;
    if (!kr_sre_state_init(&st, s, (ptrdiff_t)n + 1, 1, 0, (ptrdiff_t)n + 1, 0))
        return;
    int r = kr_sre_match(&st, alt_star);
    expect(r == 1 && st.ptr == (ptrdiff_t)n + 1, "200000 iterations of (?:a|bc)*d");

    kr_sre_state_reset(&st);
    st.start = 0;
    st.stack_max = 4096;
    expect(kr_sre_match(&st, alt_star) == SRE_ERROR_MEMORY, "stack cap gives MEMORY");

    kr_sre_state_reset(&st);
    st.stack_max = (size_t)1 << 30;
    st.interrupt = interrupt_after_3;
    expect(kr_sre_match(&st, alt_star) == SRE_ERROR_INTERRUPTED,
           "interrupt hook stops the match");
    kr_sre_state_fini(&st);
    free(s);
}

/* ---- timing (--bench) ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Times `reps` searches of the code in `codetext` over `subject`. */
static void bench(const char *name, const char *codetext, const char *subject, int reps)
{
    SreCode code[512];
    size_t n = 0;
    for (char *p = (char *)codetext; *p && n < 512;) {
        char *q;
        unsigned long v = strtoul(p, &q, 10);
        if (q == p)
            break;
        code[n++] = (SreCode)v;
        p = q;
    }
    if (kr_sre_validate(code, n, 8) != 0) {
        printf("%-28s invalid code\n", name);
        return;
    }
    size_t len = strlen(subject);
    double t0 = now();
    int found = 0;
    for (int i = 0; i < reps; i++) {
        SreState st;
        if (!kr_sre_state_init(&st, subject, (ptrdiff_t)len, 1, 0, (ptrdiff_t)len, 8))
            return;
        found += kr_sre_search(&st, code) == 1;
        kr_sre_state_fini(&st);
    }
    double t = now() - t0;
    printf("%-28s %9.3f us/search  (%d found)\n", name, t / reps * 1e6, found);
}

static int run_bench(const char *path)
{
    /* the code arrays are what python3.11's compiler emits for the pattern
     * in the name; tools/gen_sre_tests.py --bench prints them and times re */
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "run tools/gen_sre_tests.py --bench %s first\n", path);
        return 1;
    }
    char name[256], code[8192], *subject = malloc(1 << 22);
    int reps;
    while (fscanf(f, " %255[^\t]\t%d\t%8191[^\t]\t%4194000[^\n]", name, &reps, code, subject) == 4)
        bench(name, code, subject, reps);
    fclose(f);
    free(subject);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--bench") == 0)
        return run_bench(argc > 2 ? argv[2] : "/tmp/sre_bench.txt");
    const char *rounds = getenv("SRE_FUZZ_ROUNDS");
    if (rounds)
        mutate_rounds = atoi(rounds);
    if (argc > 2 && strcmp(argv[1], "--cases") == 0) {
        run_cases(argv[2]);     /* e.g. from gen_sre_tests.py --random N FILE */
        printf("test_sre: %d cases checked, %d failures\n", checked, failures);
        return failures != 0;
    }
    run_cases("tests/unit/sre_cases.txt");
    test_malformed();
    test_linebreak();
    test_deep_nesting();
    test_limits();
    printf("test_sre: %d cases checked, %d mutants run, %d rejected, %d failures\n",
           checked, mutants_run, mutants_rejected, failures);
    return failures != 0;
}
