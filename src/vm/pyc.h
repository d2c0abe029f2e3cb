/*
 * pyc.h -- krait's bytecode cache: a module's compiled code kept in
 * __pycache__/NAME.krait-311.pyc next to its source (vm/pyc.c).
 */
#ifndef KR_PYC_H
#define KR_PYC_H

#include <sys/stat.h>

#include "objects/code.h"

#define KR_PYC_CACHE_TAG "krait-311"

/* 32 bits naming the compiler that made a code object: the first word of
 * every marshalled code record (modules/marshal.c). */
uint32_t kr_pyc_stamp32(void);
/* The 4-byte magic number a .pyc starts with (importlib's MAGIC_NUMBER). */
void kr_pyc_magic(unsigned char out[4]);
/* importlib.util.cache_from_source(source): where importlib looks for the
 * cache of a source file (sys.pycache_prefix honoured); malloc'ed. */
char *kr_pyc_cache_path(Thread *th, const char *source);
/* The code cached for the source file at `source`, whose stat is st, if
 * a valid cache exists; NULL (no exception) otherwise. */
Code *kr_pyc_load(Thread *th, const char *source, const struct stat *st);
/* The code in the bytes of a .pyc whose header is krait's and names a
 * source of this mtime and size; NULL (no exception) otherwise. */
Code *kr_pyc_decode(Thread *th, const unsigned char *data, size_t len, uint32_t mtime,
                    uint32_t size);
/* Cache code for the source file (stat st, taken before the source was
 * read); failures are silent: a cache is only an optimisation. */
void kr_pyc_store(Thread *th, const char *source, const struct stat *st, Code *code);
/* Set co_filename of code and its nested code objects to filename (a
 * cache moved with its source, or found through another path). */
void kr_pyc_fix_filename(Code *code, Str *filename);

#endif
