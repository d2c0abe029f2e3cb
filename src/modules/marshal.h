/*
 * marshal.h -- marshal's reader and writer for C callers: the .pyc cache
 * (vm/pyc.c) stores a module's code object in this format.
 */
#ifndef KR_MARSHAL_H
#define KR_MARSHAL_H

#include "core/buf.h"
#include "objects/object.h"

/* Append v, marshalled in the current version, to out; -1 with the
 * exception set (an unmarshallable object, too deep). */
KR_MUST_CHECK int kr_mod_marshal_dump_buf(Thread *th, Value v, Buf *out);
/* The object marshalled in data[0, len) (trailing bytes are ignored, as
 * marshal.loads does); NULL with EOFError or ValueError when the data is
 * truncated or malformed. */
KR_MUST_CHECK Value kr_mod_marshal_loads(Thread *th, const unsigned char *data, int64_t len);

#endif
