/*
 * doctab.h -- the documentation of builtins that their definitions do not
 * carry: __text_signature__ and __doc__ of slot wrappers (by dunder name),
 * of builtin types (by type name), and docstrings of builtin functions and
 * methods whose MethodDef has none (by owner and name).  Tables, no code
 * per function (doctab.c).
 */
#ifndef KR_DOCTAB_H
#define KR_DOCTAB_H

#include "objects/object.h"

/* A slot wrapper's signature and docstring: false for an unknown dunder.
 * `owner` picks the sequence wording of __iadd__/__imul__. */
bool kr_doctab_slot(const Type *owner, const char *name, const char **sig, const char **doc);

/* A builtin type's __text_signature__ ("(iterable=(), /)"), or NULL. */
const char *kr_doctab_type_sig(const Type *t);

/* The signature at the head of a docstring in CPython's internal form,
 * "Name(sig)\n--\n\n..." (Name the last part of type_name): its
 * "(sig)", *len bytes long, or NULL. */
const char *kr_doctab_sig_from_doc(const char *type_name, const char *doc, size_t *len);

/* The docstring of `owner.name` (owner "builtins" for the builtins
 * module's functions, a type's name for its methods), or NULL. */
const char *kr_doctab_doc(const char *owner, const char *name);

#endif
