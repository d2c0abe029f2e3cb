/*
 * importerror.h -- ImportError's fields: msg, name and path, set by
 * ImportError(*args, name=None, path=None) (importlib raises
 * ModuleNotFoundError(msg, name=...)), and str() that is msg when msg is a str.
 */
#ifndef KR_IMPORTERROR_H
#define KR_IMPORTERROR_H

#include "objects/exception.h"

/* Give ImportError and ModuleNotFoundError their __init__ and __str__;
 * called by kr_exception_init before the types are made ready. */
void kr_importerror_prepare(void);
/* Set exc.name (the module an import did not find). */
KR_MUST_CHECK int kr_importerror_set_name(Thread *th, Value exc, Value name);

#endif
