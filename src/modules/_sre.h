/*
 * _sre.h -- what the two halves of the `_sre` module share: _sre.c
 * (the module, Pattern, Scanner and the scanning loops) and _sre_match.c
 * (the Match type).
 *
 * A subject is read where it lives: a str's PEP 393 data with its width,
 * a bytes' or bytearray's bytes (width 1).  A memoryview is copied once to
 * bytes (krait has no buffer protocol yet); Match.string still shows the
 * object the caller passed.
 */
#ifndef KR_SRE_MODULE_H
#define KR_SRE_MODULE_H

#include "modules/sre_engine.h"
#include "objects/object.h"

typedef struct SrePattern {
    Obj hdr;
    Value pattern;        /* the source: str, bytes or None */
    Dict *groupindex;     /* name -> number; NULL without named groups */
    Tuple *indexgroup;    /* number -> name or None; NULL likewise */
    int64_t flags;
    size_t groups;        /* capturing groups (group 0 not counted) */
    int isbytes;          /* 1 bytes, 0 str, -1 None pattern (matches either) */
    size_t codesize;
    SreCode *code;        /* atomic block of codesize words */
    SreSharedBitmap *setcache; /* KR_SRE_BITMAPS slots shared by every match of
                                  this code on any thread (atomic: its pointers
                                  are into code) */
} SrePattern;

/* Where a subject's code units are. */
typedef struct SreSubject {
    Value obj;            /* what the caller passed: Match.string */
    Value src;            /* what the data belongs to (obj, or its bytes copy) */
    const void *data;
    int64_t len;
    int charsize;
    bool isbytes;
} SreSubject;

typedef struct SreMatch {
    Obj hdr;
    Value string;
    Value src;
    SrePattern *pattern;
    int64_t pos, endpos, lastindex;
    size_t ngroups;       /* groups + 1 */
    int64_t marks[];      /* start, end of each group; -1 unset */
} SreMatch;

extern Type kr_sre_pattern_type, kr_sre_match_type;

/* Fill s from v, or TypeError "expected string or bytes-like object". */
KR_MUST_CHECK int kr_sre_subject(Thread *th, Value v, SreSubject *s);
/* s[i:j] as str or bytes (a bytes subject whole is itself). */
KR_MUST_CHECK Value kr_sre_slice(Thread *th, const SreSubject *s, int64_t i, int64_t j);
/* The Match for a successful run of st over s. */
KR_MUST_CHECK Value kr_sre_match_new(Thread *th, SrePattern *p, const SreSubject *s,
                                     const SreState *st);
/* re.<name>: the helpers 3.11's C code calls back (_subx, _expand). */
KR_MUST_CHECK Value kr_sre_re_attr(Thread *th, const char *name);

#endif
