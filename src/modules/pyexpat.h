/*
 * pyexpat.h -- what pyexpat.c and pyexpat_tables.c share.
 */
#ifndef KR_PYEXPAT_H
#define KR_PYEXPAT_H
#include "objects/module.h"

/* libexpat's message for an error code (NULL past its table). */
const char *kr_pyexpat_error_string(int code);
/* pyexpat.errors and pyexpat.model, in m and in sys.modules. */
KR_MUST_CHECK int kr_pyexpat_add_submodules(Thread *th, Module *m);
#endif
