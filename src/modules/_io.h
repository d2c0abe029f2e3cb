/*
 * _io.h -- what the C layers of _io share (_io_iobase.c, _io_stringio.c):
 * the instance layout of the bases, the exception and argument helpers.
 */
#ifndef KR_MOD_IO_H
#define KR_MOD_IO_H

#include <semaphore.h>
#include <stdatomic.h>

#include "objects/object.h"

enum { KR_IO_DEFAULT_BUFFER_SIZE = 8192 };

/* The layout every _io object begins with: the instance dict (Python
 * subclasses keep their attributes there or in shapes). */
typedef struct IOBaseObj {
    Obj hdr;
    Dict *dict;
} IOBaseObj;

/* FileIO's fields (_io_fileio.c); the standard streams' raw layer
 * (_io_std.c) is a subclass and starts with them too. */
typedef struct FileIOObj {
    IOBaseObj base;
    int fd;                     /* -1 once closed */
    bool readable, writable, created, appending, closefd;
    bool finalizing;            /* `_finalizing`: close() warns (ResourceWarning) */
    bool wrapped, deferred;     /* see kr_mod__io_set_wrapped */
    int8_t seekable;            /* -1: not asked yet */
    int64_t blksize;
} FileIOObj;

/* The lock of a buffered object (_io_lock.c), CPython's ENTER_BUFFERED:
 * held across the whole call, raw calls included, so that two threads'
 * writes never interleave inside the buffer.  Taking it while one thread
 * runs is two plain stores; with threads it is a compare-and-swap, and a
 * thread that finds it held sleeps on a semaphore made on first need.  The
 * holder is named by serial, so a call re-entering from the same thread
 * (a signal handler, a raw stream written in Python) is a RuntimeError,
 * never a deadlock.  Zeroed memory is a free lock. */
typedef struct IoLock {
    _Atomic uint64_t owner;     /* 1 + serial of the holder; 0: free */
    _Atomic int32_t waiters;
    _Atomic int32_t sem_state;  /* 0 no semaphore yet, 1 being made, 2 ready */
    sem_t wake;
} IoLock;

/* 0, or -1 with RuntimeError "reentrant call inside <self>" (or what a
 * signal handler raised while waiting). */
KR_MUST_CHECK int kr_mod__io_lock(Thread *th, IoLock *l, Value self);
/* 1 if taken, 0 if another thread (or this one, deeper) holds it. */
bool kr_mod__io_trylock(Thread *th, IoLock *l);
void kr_mod__io_unlock(Thread *th, IoLock *l);

/* _io_native._mark_wrapped (kr_mod__io_set_wrapped for lib/_io.py). */
extern const MethodDef kr_mod__io_pending_functions[];

/* TextIOWrapper's pending encoded text (_io_textio.c) as bytes, taken
 * and cleared in one step under the text object's lock. */
KR_MUST_CHECK Value kr_mod__io_textio_take(Thread *th, Value text);
/* An exact C BufferedWriter/Random's write of text's pending bytes, taken
 * under the buffer's lock so each thread's writes stay in order: None,
 * or KR_VALUE_NULL with the exception (_io_buffered.c). */
KR_MUST_CHECK Value kr_mod__io_buffered_write_text(Thread *th, Value buffer, Value text);

/* BufferedReader/Writer/Random (_io_buffered.c); the standard streams'
 * buffer layer (_io_std.c) is a subclass and starts with these fields. */
typedef struct Buffered {
    IOBaseObj base;
    Value raw;                  /* KR_VALUE_NULL: uninitialised or detached */
    unsigned char *rbuf, *wbuf; /* collector-owned, pointer-free */
    int64_t rlen, rpos, rcap;   /* rbuf[rpos:rlen]: read ahead of the caller */
    int64_t wlen, wcap;         /* wbuf[0:wlen]: written, not yet given to raw */
    int64_t buffer_size;
    uint8_t kind;               /* READER, WRITER, RANDOM (_io_buffered.c) */
    bool detached;
    bool remembered;            /* in lib/_io.py's _writers: wbuf holds data */
    bool finalizing;            /* `_finalizing`: close() asks raw to warn */
    bool wrapped, deferred;     /* see kr_mod__io_set_wrapped */
    IoLock lock;
} Buffered;

extern Type kr_mod__io_iobase_type, kr_mod__io_rawiobase_type, kr_mod__io_bufferediobase_type,
    kr_mod__io_textiobase_type, kr_mod__io_stringio_type, kr_mod__io_bytesio_type,
    kr_mod__io_fileio_type, kr_mod__io_bufferedreader_type, kr_mod__io_bufferedwriter_type,
    kr_mod__io_bufferedrandom_type, kr_mod__io_bufferedrwpair_type, kr_mod__io_nldecoder_type, kr_mod__io_textio_type;

/* Raise io.UnsupportedOperation(msg); returns KR_VALUE_NULL. */
KR_MUST_CHECK Value kr_mod__io_unsupported(Thread *th, const char *msg);
/* self.<name>(*args) */
/* An exact FileIO's readinto for the buffered layer, into C memory (no
 * bytearray to allocate and clear per chunk): bytes read (0 at end of
 * file), -2 if it would block, -1 with an exception. */
KR_MUST_CHECK int64_t kr_mod__io_fileio_read(Thread *th, Value raw, unsigned char *p, size_t n);
KR_MUST_CHECK Value kr_mod__io_call_method(Thread *th, Value self, const char *name,
                                           const Value *args, size_t nargs);
/* ValueError "I/O operation on closed file." if self.closed is true. */
KR_MUST_CHECK int kr_mod__io_check_closed(Thread *th, Value self);
/* CPython's iobase_finalize: close an open stream, `_finalizing` set
 * first; every error is dropped.  _IOBase.__del__ and the C finalizers. */
void kr_mod__io_finalize(Thread *th, Value self);
/* The collector runs finalizers in no order (cycles are allowed), so a
 * raw file could be finalized before the buffer over it, and warn in its
 * own name instead of the outermost layer's (CPython's order).  A C
 * FileIO or buffered object that another layer wraps is marked, and its
 * finalizer waits one collection (`deferred`) when it first runs: its
 * wrapper, unreachable in the same collection, closes it meanwhile. */
void kr_mod__io_set_wrapped(Value layer, bool wrapped);
/* A size argument: None (or absent) is -1; an int or __index__ object,
 * else TypeError "argument should be integer or None, not 'T'". */
KR_MUST_CHECK int kr_mod__io_size_arg(Thread *th, Value v, int64_t *size);

#endif
