/*
 * _io_std.c -- sys.stdin, sys.stdout and sys.stderr: the three layers of
 * CPython's standard streams, made in C at start-up.
 *
 * CPython's sys.stdout is a TextIOWrapper over a BufferedWriter over a
 * FileIO for fd 1.  krait builds the same three objects, with the same
 * type names, attributes and reprs, but while _io is Python (lib/_io.py)
 * they cannot be instances of its classes without importing Python at
 * start-up.  So these are small C types of their own:
 *
 *     StdText  "_io.TextIOWrapper"   encoding, errors, newline, line_buffering,
 *        |                           write_through; str <-> bytes
 *     StdBuffer "_io.BufferedWriter" / "_io.BufferedReader"
 *        |                           bytes through the C library's FILE
 *     StdRaw   "_io.FileIO"          closefd=False; read(2)/write(2) on the fd
 *
 * The buffer layer IS the C library's stdout/stdin/stderr FILE: text
 * writes and sys.stdout.buffer.write() go into one buffer, so they
 * interleave in program order, and everything else in krait that writes
 * through stdio (tracebacks, the exit flush of vm.c, fork's flush) sees
 * the same stream.  (CPython's text layer keeps its own pending bytes, so
 * there a text write can land after a later buffer write unless flushed.)
 * The closed state lives in the raw layer, as CPython's `closed`
 * properties all delegate down to FileIO's.  With -u the text layer sits
 * directly on the raw one and writes through, as CPython's does.
 *
 * print() writes to an exact StdText without any Python-level dispatch
 * (kr_mod__io_std_write); a subclass or any other object gets write().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/_io.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* How text is encoded: the three codecs krait knows natively are ASCII
 * supersets, so an ASCII str is its own encoding under any of them. */
enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_OTHER };

/* A FileIO (so io.FileIO's isinstance and inherited methods hold) whose
 * own fd field survives close for the name and the C stream. */
typedef struct StdRaw {
    FileIOObj f;
    int fd;
    bool closed;
} StdRaw;

/* A BufferedWriter/Reader whose bytes go through the C library's FILE. */
typedef struct StdBuffer {
    Buffered b;
    int fd;
} StdBuffer;

typedef struct StdText {
    Obj hdr;
    Value buffer;           /* a StdBuffer, or the StdRaw itself under -u */
    Value raw;
    Value encoding, errors; /* Str */
    Value newline;          /* a Str ("\n" at start-up), or None (universal) */
    int fd;
    uint8_t enc;
    bool line_buffering, write_through;
} StdText;

static Type raw_type, writer_type, reader_type;
Type kr_mod__io_std_text_type;

static const char *const stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

static FILE *file_of(int fd) { return fd == 0 ? stdin : fd == 1 ? stdout : stderr; }

/* The raw layer under any of the three (closed state lives there). */
static StdRaw *raw_of(Value v)
{
    Type *t = kr_type_of(v);
    while (t && t != &raw_type && t != &writer_type && t != &reader_type &&
           t != &kr_mod__io_std_text_type)
        t = t->base;
    if (t == &kr_mod__io_std_text_type)
        return (StdRaw *)kr_as_obj(((StdText *)kr_as_obj(v))->raw);
    if (t == &writer_type || t == &reader_type)
        return (StdRaw *)kr_as_obj(((StdBuffer *)kr_as_obj(v))->b.raw);
    return (StdRaw *)kr_as_obj(v);
}

/* CPython's messages differ by the layer that notices: the text layer
 * says "I/O operation on closed file.", FileIO says it without the
 * period, the buffered layer names the operation ("write to closed file"). */
static int check_open_msg(Thread *th, Value self, const char *msg)
{
    if (!raw_of(self)->closed)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, msg);
    return -1;
}

static int check_open(Thread *th, Value self)
{
    return check_open_msg(th, self, "I/O operation on closed file.");
}

/* Queries that reach FileIO (fileno, isatty, readable, ...). */
static int check_raw_open(Thread *th, Value self)
{
    return check_open_msg(th, self, "I/O operation on closed file");
}

static void unsupported(Thread *th, const char *what)
{
    if (!kr_mod__io_unsupported(th, what))
        return;     /* always taken: it returns KR_VALUE_NULL with the exception set */
}

/* Push what the C library holds to the fd; OSError on failure. */
static int flush_fd(Thread *th, int fd)
{
    FILE *f = file_of(fd);
    if (fd == 0 || fflush(f) == 0)
        return 0;
    int e = errno;
    clearerr(f);
    kr_oserror_from_errno(th, e, KR_VALUE_NULL, KR_VALUE_NULL);
    return -1;
}

static void write_bytes(int fd, const void *data, size_t n)
{
    if (fd == 2)
        fflush(stdout);      /* what was printed before shows first on a terminal */
    fwrite(data, 1, n, file_of(fd));
}

/* ---- text encoding ------------------------------------------------------------------- */

static int encoding_kind(Str *name)
{
    char low[16];
    size_t n = 0;
    if (!name->ascii || name->len >= (int64_t)sizeof low)
        return ENC_OTHER;
    for (int64_t i = 0; i < name->len; i++) {
        char c = (char)name->data[i];
        low[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    low[n] = 0;
    if (!strcmp(low, "utf-8") || !strcmp(low, "utf8"))
        return ENC_UTF8;
    if (!strcmp(low, "latin-1") || !strcmp(low, "latin1") || !strcmp(low, "iso-8859-1") ||
        !strcmp(low, "iso8859-1") || !strcmp(low, "l1"))
        return ENC_LATIN1;
    if (!strcmp(low, "ascii") || !strcmp(low, "us-ascii"))
        return ENC_ASCII;
    return ENC_OTHER;
}

/* s with '\n' replaced by the stream's newline ('\r' or '\r\n'). */
static Str *translate_newlines(Thread *th, StdText *t, Str *s)
{
    if (t->newline == KR_NONE || kr_as_str(t->newline)->len == 0)
        return s;
    Str *nl = kr_as_str(t->newline);
    if (nl->len == 1 && kr_str_char(nl, 0) == '\n')
        return s;
    Str *lf = kr_str_from_cstr(th, "\n");
    if (!lf || kr_str_find(s, lf, 0, s->len) < 0)
        return lf ? s : NULL;
    Buf b;
    kr_buf_init(&b);
    size_t nlen;
    const char *nlu = kr_str_utf8(th, nl, &nlen);
    size_t slen;
    const char *su = nlu ? kr_str_utf8(th, s, &slen) : NULL;
    if (!su)
        return NULL;
    for (size_t i = 0; i < slen; i++) {
        if (su[i] == '\n')
            kr_buf_write(&b, nlu, nlen);
        else
            kr_buf_putc(&b, su[i]);
    }
    return kr_str_from_buf(th, &b);
}

/* Encode s with the stream's codec and write it; the ASCII fast path
 * skips the codec machinery entirely. */
static int text_put(Thread *th, StdText *t, Str *s)
{
    if (s->ascii && t->enc != ENC_OTHER) {
        write_bytes(t->fd, s->data, (size_t)s->len);
        return 0;
    }
    Value b = kr_bytes_encode(th, s, t->encoding, t->errors);
    if (!b)
        return -1;
    if (!kr_is_bytes(b)) {
        kr_err_format(th, &kr_exc_TypeError, "encoder should return a bytes object, not '%s'",
                      kr_type_name(b));
        return -1;
    }
    write_bytes(t->fd, kr_as_bytes(b)->data, (size_t)kr_as_bytes(b)->len);
    return 0;
}

static bool has_line_end(Str *s)
{
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\n' || c == '\r')
            return true;
    }
    return false;
}

/* TextIOWrapper.write on a standard stream: also print()'s fast path. */
int kr_mod__io_std_write(Thread *th, Value self, Str *s)
{
    StdText *t = (StdText *)kr_as_obj(self);
    if (check_open(th, self) < 0)
        return -1;
    Str *out = translate_newlines(th, t, s);
    if (!out || text_put(th, t, out) < 0)
        return -1;
    if (t->write_through || (t->line_buffering && has_line_end(s)))
        return flush_fd(th, t->fd);
    return 0;
}

int kr_mod__io_std_flush(Thread *th, Value self)
{
    return check_open(th, self) < 0 ? -1 : flush_fd(th, raw_of(self)->fd);
}

/* ---- reading (stdin) ---------------------------------------------------------------- */

/* Up to size bytes (all if size < 0), or up to and including '\n' when
 * line is set, from C stdin into b. */
static void read_into(Buf *b, int64_t size, bool line)
{
    int c;
    while ((size < 0 || (int64_t)b->len < size) && (c = getc(stdin)) != EOF) {
        kr_buf_putc(b, (char)c);
        if (line && c == '\n')
            break;
    }
    clearerr(stdin);
}

/* Up to n characters of UTF-8: stops before the byte that would start
 * character n + 1, so no character is split. */
static void read_chars_utf8(Buf *b, int64_t n, bool line)
{
    int64_t chars = 0;
    int c;
    while ((c = getc(stdin)) != EOF) {
        if ((c & 0xC0) != 0x80 && n >= 0 && chars == n) {
            ungetc(c, stdin);
            break;
        }
        if ((c & 0xC0) != 0x80)
            chars++;
        kr_buf_putc(b, (char)c);
        if (line && c == '\n')
            break;
    }
    clearerr(stdin);
}

static Value decode_text(Thread *th, StdText *t, Buf *b)
{
    Value r;
    bool ascii = true;
    for (size_t i = 0; i < b->len && ascii; i++)
        ascii = !((unsigned char)b->data[i] & 0x80);
    if (ascii && t->enc != ENC_OTHER) {
        Str *s = kr_str_from_utf8(th, b->data ? b->data : "", b->len);
        r = s ? kr_from_obj(s) : KR_VALUE_NULL;
    } else {
        r = kr_bytes_decode(th, (const unsigned char *)(b->data ? b->data : ""), (int64_t)b->len,
                            t->encoding, t->errors);
    }
    kr_buf_free(b);
    return r;
}

/* Universal newlines: "\r\n" and "\r" become "\n" (newline=None). */
static Value universal(Thread *th, StdText *t, Value v)
{
    if (!v || t->newline != KR_NONE)
        return v;
    Str *s = kr_as_str(v);
    bool cr = false;
    for (int64_t i = 0; i < s->len && !cr; i++)
        cr = kr_str_char(s, i) == '\r';
    if (!cr)
        return v;
    uint32_t *cps = kr_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(s->len + 1));
    if (!cps) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\r' && i + 1 < s->len && kr_str_char(s, i + 1) == '\n')
            continue;
        cps[n++] = c == '\r' ? '\n' : c;
    }
    Str *r = kr_str_from_ucs4(th, cps, n);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static int size_arg(Thread *th, const char *fname, const Value *args, size_t nargs, Tuple *kw,
                    int64_t *size)
{
    static const char *const names[] = {"size", NULL};
    Value v[1];
    *size = -1;
    if (kr_libutil_parse(th, fname, args, nargs, kw, names, 1, 0, v) < 0)
        return -1;
    if (!v[0] || v[0] == KR_NONE)
        return 0;
    if (!kr_is_int(v[0])) {
        kr_err_format(th, &kr_exc_TypeError, "argument should be integer or None, not '%s'",
                      kr_type_name(v[0]));
        return -1;
    }
    return kr_libutil_as_ssize(th, v[0], size);
}

/* The text and raw layers say "not readable"; BufferedWriter names the
 * method ("read"), as CPython's. */
static int check_readable(Thread *th, Value self)
{
    if (check_open(th, self) < 0)
        return -1;
    if (raw_of(self)->fd == 0)
        return 0;
    unsupported(th, kr_type_of(self) == &writer_type ? "read" : "not readable");
    return -1;
}

static int check_writable(Thread *th, Value self)
{
    if (check_open(th, self) < 0)
        return -1;
    if (raw_of(self)->fd != 0)
        return 0;
    unsupported(th, kr_type_of(self) == &reader_type ? "write" : "not writable");
    return -1;
}

/* ---- StdText methods ---------------------------------------------------------------- */

#define TEXT ((StdText *)kr_as_obj(args[0]))

KR_LIB_FUNC(text_write)
{
    if (nargs != 2) {
        kr_err_format(th, &kr_exc_TypeError, "TextIOWrapper.write() takes exactly one argument (%zu given)",
                      nargs - 1);
        return KR_VALUE_NULL;
    }
    if (kr_libutil_no_keywords(th, "write", kw) < 0 || check_writable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "write() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
    Str *s = kr_as_str(args[1]);
    if (kr_mod__io_std_write(th, args[0], s) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, s->len);
}

KR_LIB_FUNC(text_flush)
{
    return kr_mod__io_std_flush(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(text_read)
{
    int64_t size;
    if (size_arg(th, "read", args + 1, nargs - 1, kw, &size) < 0 || check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    Buf b;
    kr_buf_init(&b);
    if (TEXT->enc == ENC_UTF8)
        read_chars_utf8(&b, size, false);
    else
        read_into(&b, size, false);
    return universal(th, TEXT, decode_text(th, TEXT, &b));
}

KR_LIB_FUNC(text_readline)
{
    int64_t size;
    if (size_arg(th, "readline", args + 1, nargs - 1, kw, &size) < 0 ||
        check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    Buf b;
    kr_buf_init(&b);
    if (TEXT->enc == ENC_UTF8)
        read_chars_utf8(&b, size, true);
    else
        read_into(&b, size, true);
    return universal(th, TEXT, decode_text(th, TEXT, &b));
}

static Value text_next(Thread *th, Value self)
{
    Value a[1] = {self};
    Value line = text_readline(th, KR_VALUE_NULL, a, 1, NULL);
    if (!line || kr_as_str(line)->len == 0)
        return KR_VALUE_NULL;
    return line;
}

static Value iter_self(Thread *th, Value self)
{
    return check_open(th, self) < 0 ? KR_VALUE_NULL : self;
}

/* readlines(hint=-1) for both readable layers: next() until exhausted. */
KR_LIB_FUNC(std_readlines)
{
    int64_t hint;
    if (size_arg(th, "readlines", args + 1, nargs - 1, kw, &hint) < 0 ||
        check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    KrUnaryFn next = kr_type_of(args[0])->next;
    int64_t total = 0;
    for (;;) {
        Value line = next(th, args[0]);
        if (!line)
            return kr_err_occurred(th) ? KR_VALUE_NULL : kr_from_obj(out);
        if (kr_list_append(th, out, line) < 0)
            return KR_VALUE_NULL;
        int64_t n = kr_is_str(line) ? kr_as_str(line)->len : kr_as_bytes(line)->len;
        if (hint > 0 && n > hint - total)
            return kr_from_obj(out);
        total += n;
    }
}

KR_LIB_FUNC(std_writelines)
{
    if (kr_libutil_check_positional(th, "writelines", nargs - 1, 1, 1) < 0 ||
        check_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[1]);
    Value w = it ? kr_object_getattr(th, args[0], KR_NAME(th, write)) : KR_VALUE_NULL;
    if (!w)
        return KR_VALUE_NULL;
    Value item;
    while ((item = kr_object_next(th, it)))
        if (!kr_vm_call(th, w, &item, 1, NULL))
            return KR_VALUE_NULL;
    return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(std_close)
{
    StdRaw *r = raw_of(args[0]);
    if (r->closed)
        return KR_NONE;
    int rc = r->fd == 0 ? 0 : flush_fd(th, r->fd);
    r->closed = true;       /* closefd=False: the fd itself stays open */
    r->f.fd = -1;
    return rc < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(std_fileno)
{
    if (check_raw_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(raw_of(args[0])->fd);
}

KR_LIB_FUNC(std_isatty)
{
    if (check_raw_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(isatty(raw_of(args[0])->fd));
}

/* A BufferedWriter answers readable() from _BufferedIOBase (False, even
 * closed); the other layers ask FileIO.  Likewise writable(). */
static bool answers_false(Value self, bool reading)
{
    StdRaw *r = raw_of(self);
    Type *t = kr_type_of(self);
    if (t == &kr_mod__io_std_text_type)
        t = kr_type_of(((StdText *)kr_as_obj(self))->buffer);
    return reading ? (r->fd != 0 && t == &writer_type) : (r->fd == 0 && t == &reader_type);
}

KR_LIB_FUNC(std_readable)
{
    if (answers_false(args[0], true))
        return KR_FALSE;
    if (check_raw_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(raw_of(args[0])->fd == 0);
}

KR_LIB_FUNC(std_writable)
{
    if (answers_false(args[0], false))
        return KR_FALSE;
    if (check_raw_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(raw_of(args[0])->fd != 0);
}

KR_LIB_FUNC(std_seekable)
{
    if (check_raw_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(lseek(raw_of(args[0])->fd, 0, SEEK_CUR) >= 0);
}

KR_LIB_FUNC(std_enter)
{
    return check_open(th, args[0]) < 0 ? KR_VALUE_NULL : args[0];
}

KR_LIB_FUNC(std_exit)
{
    Value close = kr_object_getattr(th, args[0], kr_str_intern_cstr(th, "close"));
    return close ? kr_vm_call(th, close, NULL, 0, NULL) : KR_VALUE_NULL;
}

static int set_encoding(Thread *th, StdText *t, Value enc, Value errors)
{
    Str *probe = kr_str_from_cstr(th, "");
    int kind = encoding_kind(kr_as_str(enc));
    /* An unknown name is a LookupError now, not at the next write. */
    if (!probe || (kind == ENC_OTHER && !kr_bytes_encode(th, probe, enc, errors)))
        return -1;
    t->encoding = enc;
    t->errors = errors;
    t->enc = (uint8_t)kind;
    return 0;
}

/* encoding, errors and newline: str or None ("bad argument type" is what
 * CPython's converter says). */
static int str_or_none(Thread *th, Value v)
{
    if (!v || v == KR_NONE || kr_str_check(v))
        return 0;
    kr_err_set_string(th, &kr_exc_TypeError, "bad argument type for built-in operation");
    return -1;
}

/* line_buffering and write_through: None or an int (index), kept as its truth. */
static int bool_arg(Thread *th, Value v, bool *out)
{
    if (!v || v == KR_NONE)
        return 0;
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    int b = kr_object_truth(th, i);
    if (b < 0)
        return -1;
    *out = b;
    return 0;
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through):
 * CPython's checks and order; pending output is flushed first. */
KR_LIB_FUNC(text_reconfigure)
{
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering",
                                        "write_through", NULL};
    Value v[5];
    if (kr_libutil_parse_kwonly(th, "reconfigure", args + 1, nargs - 1, kw, names, 0, 0, 5, v) < 0)
        return KR_VALUE_NULL;
    StdText *t = TEXT;
    bool lb = t->line_buffering, wt = t->write_through;
    if (str_or_none(th, v[0]) < 0 || str_or_none(th, v[1]) < 0 || str_or_none(th, v[2]) < 0 ||
        bool_arg(th, v[3], &lb) < 0 || bool_arg(th, v[4], &wt) < 0)
        return KR_VALUE_NULL;
    if (v[2] && v[2] != KR_NONE) {
        Str *nl = kr_as_str(v[2]);
        uint32_t c0 = nl->len ? kr_str_char(nl, 0) : 0, c1 = nl->len > 1 ? kr_str_char(nl, 1) : 0;
        bool ok = nl->len == 0 || (nl->len == 1 && (c0 == '\n' || c0 == '\r')) ||
                  (nl->len == 2 && c0 == '\r' && c1 == '\n');
        if (!ok) {
            kr_err_format(th, &kr_exc_ValueError, "illegal newline value: %S", v[2]);
            return KR_VALUE_NULL;
        }
    }
    if (t->fd != 0 && flush_fd(th, t->fd) < 0)
        return KR_VALUE_NULL;
    Value enc = v[0] && v[0] != KR_NONE ? v[0] : t->encoding;
    Value errors = v[1] && v[1] != KR_NONE ? v[1] : KR_VALUE_NULL;
    if (!errors) {
        Str *strict = kr_str_from_cstr(th, "strict");
        if (!strict)
            return KR_VALUE_NULL;
        errors = v[0] && v[0] != KR_NONE ? kr_from_obj(strict) : t->errors;
    }
    if ((enc != t->encoding || errors != t->errors) && set_encoding(th, t, enc, errors) < 0)
        return KR_VALUE_NULL;
    if (v[2])
        t->newline = v[2];
    t->line_buffering = lb;
    t->write_through = wt;
    return KR_NONE;
}

KR_LIB_FUNC(text_detach)
{
    return kr_mod__io_unsupported(th, "detach");
}

KR_LIB_FUNC(std_seek)
{
    if (check_open(th, args[0]) < 0)
        return KR_VALUE_NULL;
    unsupported(th, "underlying stream is not seekable");
    return KR_VALUE_NULL;
}

static Value std_repr(Thread *th, Value self)
{
    Buf b;
    kr_buf_init(&b);
    StdRaw *r = raw_of(self);
    const char *tn = kr_type_of(self)->name;
    kr_buf_printf(&b, "<%s name='%s'", tn, stream_names[r->fd]);
    if (kr_type_of(self) == &raw_type)
        kr_buf_printf(&b, " mode='%s' closefd=False", r->fd ? "wb" : "rb");
    if (kr_isinstance_type(self, &kr_mod__io_std_text_type)) {
        kr_buf_printf(&b, " mode='%s' encoding=", r->fd ? "w" : "r");
        if (kr_libutil_repr_put(th, &b, ((StdText *)kr_as_obj(self))->encoding) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
    }
    kr_buf_putc(&b, '>');
    return kr_libutil_buf_value(th, &b);
}

/* ---- members --------------------------------------------------------------------------- */

static Value m_name(Thread *th, Value self)
{
    Str *s = kr_str_from_cstr(th, stream_names[raw_of(self)->fd]);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value m_closed(Thread *th, Value self) { return kr_from_bool(raw_of(self)->closed); }

static Value m_text_mode(Thread *th, Value self)
{
    Str *s = kr_str_from_cstr(th, raw_of(self)->fd ? "w" : "r");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value m_bin_mode(Thread *th, Value self)
{
    Str *s = kr_str_from_cstr(th, raw_of(self)->fd ? "wb" : "rb");
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value m_line_buffering(Thread *th, Value self)
{
    return kr_from_bool(((StdText *)kr_as_obj(self))->line_buffering);
}

static Value m_write_through(Thread *th, Value self)
{
    return kr_from_bool(((StdText *)kr_as_obj(self))->write_through);
}

static Value m_none(Thread *th, Value self) { return KR_NONE; }
static Value m_false(Thread *th, Value self) { return KR_FALSE; }

static const MemberDef text_members[] = {
    {"buffer", offsetof(StdText, buffer), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"encoding", offsetof(StdText, encoding), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"errors", offsetof(StdText, errors), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"line_buffering", 0, m_line_buffering, NULL, NULL, KR_MEMBER_READONLY},
    {"write_through", 0, m_write_through, NULL, NULL, KR_MEMBER_READONLY},
    {"newlines", 0, m_none, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, m_name, NULL, NULL, KR_MEMBER_READONLY},
    {"mode", 0, m_text_mode, NULL, NULL, KR_MEMBER_READONLY},
    {"closed", 0, m_closed, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef text_methods[] = {
    {"write", text_write, "($self, text, /)", NULL, 0},
    {"writelines", std_writelines, "($self, lines, /)", NULL, 0},
    {"flush", text_flush, "($self, /)", NULL, 0},
    {"read", text_read, "($self, size=-1, /)", NULL, 0},
    {"readline", text_readline, "($self, size=-1, /)", NULL, 0},
    {"readlines", std_readlines, "($self, hint=-1, /)", NULL, 0},
    {"close", std_close, "($self, /)", NULL, 0},
    {"fileno", std_fileno, "($self, /)", NULL, 0},
    {"isatty", std_isatty, "($self, /)", NULL, 0},
    {"readable", std_readable, "($self, /)", NULL, 0},
    {"writable", std_writable, "($self, /)", NULL, 0},
    {"seekable", std_seekable, "($self, /)", NULL, 0},
    {"seek", std_seek, "($self, cookie, whence=0, /)", NULL, 0},
    {"tell", std_seek, "($self, /)", NULL, 0},
    {"reconfigure", text_reconfigure,
     "($self, /, *, encoding=None, errors=None, newline=None, line_buffering=None, "
     "write_through=None)", NULL, 0},
    {"detach", text_detach, "($self, /)", NULL, 0},
    {"__enter__", std_enter, "($self, /)", NULL, 0},
    {"__exit__", std_exit, "($self, *args)", NULL, 0},
    {0},
};

Type kr_mod__io_std_text_type = {
    .hdr = {&kr_type_type}, .name = "_io.TextIOWrapper", .size = sizeof(StdText),
    .methods = text_methods, .members = text_members, .repr = std_repr,
    .iter = iter_self, .next = text_next,
};

/* ---- the buffer layer --------------------------------------------------------------- */

extern Type kr_memoryview_type;

/* The data of a bytes-like argument: bytes, bytearray, or a memoryview
 * (copied through bytes(), memoryview having no C view API yet). */
static int bytes_arg(Thread *th, Value v, const unsigned char **data, int64_t *len)
{
    if (kr_is_type(v, &kr_memoryview_type)) {
        Value ty = kr_from_obj(&kr_bytes_type);
        v = kr_vm_call(th, ty, &v, 1, NULL);
        if (!v)
            return -1;
    }
    return kr_bytes_view(th, v, data, len);
}

static Value bytes_from(Thread *th, Buf *b)
{
    Bytes *r = kr_bytes_new(th, b->data ? b->data : "", (int64_t)b->len);
    kr_buf_free(b);
    return kr_bytes_value(r);
}

KR_LIB_FUNC(buffer_write)
{
    const unsigned char *data;
    int64_t len;
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 ||
        check_open_msg(th, args[0], "write to closed file") < 0 ||
        check_writable(th, args[0]) < 0 || bytes_arg(th, args[1], &data, &len) < 0)
        return KR_VALUE_NULL;
    write_bytes(raw_of(args[0])->fd, data, (size_t)len);
    return kr_int_from_i64(th, len);
}

KR_LIB_FUNC(buffer_flush)
{
    if (check_open_msg(th, args[0], "flush of closed file") < 0)
        return KR_VALUE_NULL;
    return kr_mod__io_std_flush(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(buffer_read)
{
    int64_t size;
    if (size_arg(th, "read", args + 1, nargs - 1, kw, &size) < 0 || check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    Buf b;
    kr_buf_init(&b);
    read_into(&b, size, false);
    return bytes_from(th, &b);
}

KR_LIB_FUNC(buffer_readline)
{
    int64_t size;
    if (size_arg(th, "readline", args + 1, nargs - 1, kw, &size) < 0 ||
        check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    Buf b;
    kr_buf_init(&b);
    read_into(&b, size, true);
    return bytes_from(th, &b);
}

/* peek(): what the next read will return first, without consuming it:
 * one byte, pushed back into the C library's buffer. */
KR_LIB_FUNC(buffer_peek)
{
    if (check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    int c = getc(stdin);
    clearerr(stdin);
    if (c == EOF)
        return kr_bytes_value(kr_bytes_new(th, "", 0));
    ungetc(c, stdin);
    unsigned char one = (unsigned char)c;
    return kr_bytes_value(kr_bytes_new(th, &one, 1));
}

/* The standard streams' layers stay attached: their C stream is shared
 * with the rest of the interpreter. */
KR_LIB_FUNC(std_detach)
{
    return kr_mod__io_unsupported(th, "detach");
}

static Value buffer_next(Thread *th, Value self)
{
    Value a[1] = {self};
    Value line = buffer_readline(th, KR_VALUE_NULL, a, 1, NULL);
    if (!line || kr_as_bytes(line)->len == 0)
        return KR_VALUE_NULL;
    return line;
}

static const MemberDef buffer_members[] = {
    {"raw", offsetof(StdBuffer, b.raw), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, m_name, NULL, NULL, KR_MEMBER_READONLY},
    {"mode", 0, m_bin_mode, NULL, NULL, KR_MEMBER_READONLY},
    {"closed", 0, m_closed, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef buffer_methods[] = {
    {"write", buffer_write, "($self, buffer, /)", NULL, 0},
    {"writelines", std_writelines, "($self, lines, /)", NULL, 0},
    {"flush", buffer_flush, "($self, /)", NULL, 0},
    {"read", buffer_read, "($self, size=-1, /)", NULL, 0},
    {"read1", buffer_read, "($self, size=-1, /)", NULL, 0},
    {"peek", buffer_peek, "($self, size=0, /)", NULL, 0},
    {"detach", std_detach, "($self, /)", NULL, 0},
    {"readline", buffer_readline, "($self, size=-1, /)", NULL, 0},
    {"readlines", std_readlines, "($self, hint=-1, /)", NULL, 0},
    {"close", std_close, "($self, /)", NULL, 0},
    {"fileno", std_fileno, "($self, /)", NULL, 0},
    {"isatty", std_isatty, "($self, /)", NULL, 0},
    {"readable", std_readable, "($self, /)", NULL, 0},
    {"writable", std_writable, "($self, /)", NULL, 0},
    {"seekable", std_seekable, "($self, /)", NULL, 0},
    {"__enter__", std_enter, "($self, /)", NULL, 0},
    {"__exit__", std_exit, "($self, *args)", NULL, 0},
    {0},
};

static Type writer_type = {
    .hdr = {&kr_type_type}, .name = "_io.BufferedWriter", .size = sizeof(StdBuffer),
    .base = &kr_mod__io_bufferedwriter_type,
    .methods = buffer_methods, .members = buffer_members, .repr = std_repr,
    .iter = iter_self, .next = buffer_next,
};

static Type reader_type = {
    .hdr = {&kr_type_type}, .name = "_io.BufferedReader", .size = sizeof(StdBuffer),
    .base = &kr_mod__io_bufferedreader_type,
    .methods = buffer_methods, .members = buffer_members, .repr = std_repr,
    .iter = iter_self, .next = buffer_next,
};

/* ---- the raw layer: system calls on the fd, below the C library's buffer ------------- */

KR_LIB_FUNC(raw_write)
{
    const unsigned char *data;
    int64_t len;
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 ||
        check_raw_open(th, args[0]) < 0 || check_writable(th, args[0]) < 0 || bytes_arg(th, args[1], &data, &len) < 0)
        return KR_VALUE_NULL;
    ssize_t n = write(raw_of(args[0])->fd, data, (size_t)len);
    if (n < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, n);
}

KR_LIB_FUNC(raw_read)
{
    int64_t size;
    if (size_arg(th, "read", args + 1, nargs - 1, kw, &size) < 0 || check_raw_open(th, args[0]) < 0 || check_readable(th, args[0]) < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    char chunk[8192];
    for (;;) {
        size_t want = size < 0 ? sizeof chunk : (size_t)(size - (int64_t)b.len);
        if (want > sizeof chunk)
            want = sizeof chunk;
        ssize_t n = want ? read(0, chunk, want) : 0;
        if (n < 0) {
            kr_buf_free(&b);
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            return KR_VALUE_NULL;
        }
        kr_buf_write(&b, chunk, (size_t)n);
        if (n == 0 || size >= 0)
            break;
    }
    return bytes_from(th, &b);
}

KR_LIB_FUNC(raw_flush)
{
    return check_raw_open(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

static const MemberDef raw_members[] = {
    {"name", 0, m_name, NULL, NULL, KR_MEMBER_READONLY},
    {"mode", 0, m_bin_mode, NULL, NULL, KR_MEMBER_READONLY},
    {"closed", 0, m_closed, NULL, NULL, KR_MEMBER_READONLY},
    {"closefd", 0, m_false, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef raw_methods[] = {
    {"write", raw_write, "($self, b, /)", NULL, 0},
    {"read", raw_read, "($self, size=-1, /)", NULL, 0},
    {"readall", raw_read, "($self, /)", NULL, 0},
    {"flush", raw_flush, "($self, /)", NULL, 0},
    {"close", std_close, "($self, /)", NULL, 0},
    {"fileno", std_fileno, "($self, /)", NULL, 0},
    {"isatty", std_isatty, "($self, /)", NULL, 0},
    {"readable", std_readable, "($self, /)", NULL, 0},
    {"writable", std_writable, "($self, /)", NULL, 0},
    {"seekable", std_seekable, "($self, /)", NULL, 0},
    {"__enter__", std_enter, "($self, /)", NULL, 0},
    {"__exit__", std_exit, "($self, *args)", NULL, 0},
    {0},
};

static Type raw_type = {
    .hdr = {&kr_type_type}, .name = "_io.FileIO", .size = sizeof(StdRaw),
    .base = &kr_mod__io_fileio_type,
    .methods = raw_methods, .members = raw_members, .repr = std_repr,
};

/* ---- start-up ---------------------------------------------------------------------- */

/* CPython's stdio error handler: surrogateescape under the C/POSIX locale
 * (and C.UTF-8, its coercion target), strict otherwise; stderr always
 * backslashreplace. */
static const char *stdio_errors(int fd)
{
    if (fd == 2)
        return "backslashreplace";
    const char *loc = getenv("LC_ALL");
    if (!loc || !*loc)
        loc = getenv("LC_CTYPE");
    if (!loc || !*loc)
        loc = getenv("LANG");
    if (!loc || !*loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX") || !strncmp(loc, "C.", 2))
        return "surrogateescape";
    return "strict";
}

static void *alloc(Thread *th, Type *t)
{
    Obj *o = kr_gc_alloc(t->size);
    if (!o) {
        kr_err_no_memory(th);
        return NULL;
    }
    memset(o, 0, t->size);
    o->type = t;
    return o;
}

static Value make_stream(Thread *th, int fd)
{
    StdRaw *raw = alloc(th, &raw_type);
    StdBuffer *buf = raw ? alloc(th, fd ? &writer_type : &reader_type) : NULL;
    StdText *t = buf ? alloc(th, &kr_mod__io_std_text_type) : NULL;
    Str *enc = t ? kr_str_from_cstr(th, "utf-8") : NULL;
    Str *errors = enc ? kr_str_from_cstr(th, stdio_errors(fd)) : NULL;
    if (!errors)
        return KR_VALUE_NULL;
    raw->fd = buf->fd = t->fd = fd;
    raw->f.fd = fd;
    raw->f.readable = fd == 0;
    raw->f.writable = fd != 0;
    raw->f.seekable = -1;
    raw->f.blksize = KR_IO_DEFAULT_BUFFER_SIZE;
    buf->b.raw = t->raw = kr_from_obj(raw);
    buf->b.kind = fd ? 1 : 0;        /* WRITER or READER of _io_buffered.c */
    buf->b.buffer_size = KR_IO_DEFAULT_BUFFER_SIZE;
    t->buffer = kr_from_obj(buf);
    t->encoding = kr_from_obj(enc);
    t->errors = kr_from_obj(errors);
    Str *lf = kr_str_from_cstr(th, "\n");
    if (!lf)
        return KR_VALUE_NULL;
    t->newline = kr_from_obj(lf);      /* CPython's stdio newline on POSIX: no translation */
    t->enc = ENC_UTF8;
    t->line_buffering = fd == 2 || (fd == 1 && isatty(1));
    return kr_from_obj(t);
}

static int set(Thread *th, Dict *d, const char *name, Value v)
{
    Str *k = kr_str_intern_cstr(th, name);
    return k ? kr_dict_set_str(th, d, k, v) : -1;
}

/* sys.stdin/stdout/stderr and their __x__ twins, into the sys module's dict. */
int kr_mod__io_std_init(Thread *th, Dict *sysdict)
{
    Type *types[] = {&raw_type, &writer_type, &reader_type, &kr_mod__io_std_text_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (kr_type_ready(th, types[i]) < 0)
            return -1;
    static const char *const names[3][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (int fd = 0; fd < 3; fd++) {
        Value s = make_stream(th, fd);
        if (!s || set(th, sysdict, names[fd][0], s) < 0 || set(th, sysdict, names[fd][1], s) < 0)
            return -1;
    }
    return 0;
}

/* codecs.lookup(name).name: the stream reports the codec's own name
 * (latin-1 -> iso8859-1).  NULL with LookupError for an unknown one. */
static Str *codec_name(Thread *th, const char *name, size_t len)
{
    Str *mod = kr_str_intern_cstr(th, "_codecs"), *k_lookup = kr_str_intern_cstr(th, "lookup");
    Str *k_name = kr_str_intern_cstr(th, "name"), *arg = kr_str_from_utf8(th, name, len);
    Value m = mod && k_lookup && k_name && arg ? kr_vm_import(th, mod, false) : KR_VALUE_NULL;
    Value lookup = m ? kr_object_getattr(th, m, k_lookup) : KR_VALUE_NULL;
    Value a = arg ? kr_from_obj(arg) : KR_VALUE_NULL;
    Value info = lookup ? kr_vm_call(th, lookup, &a, 1, NULL) : KR_VALUE_NULL;
    Value n = info ? kr_object_getattr(th, info, k_name) : KR_VALUE_NULL;
    if (n && !kr_is_str(n)) {
        kr_err_set_string(th, &kr_exc_TypeError, "codec name must be a str");
        return NULL;
    }
    return n ? kr_as_str(n) : NULL;
}

/* PYTHONIOENCODING=encoding[:errors]: the encoding of all three streams
 * and the error handler of stdin and stdout (stderr keeps
 * backslashreplace).  A named encoding makes the default handler strict;
 * an empty part changes nothing, as CPython's config_init_stdio_encoding. */
int kr_mod__io_std_encoding(Thread *th, const char *spec)
{
    const char *colon = strchr(spec, ':');
    size_t elen = colon ? (size_t)(colon - spec) : strlen(spec);
    const char *err = colon ? colon + 1 : "";
    if (elen == 0 && !*err)
        return 0;
    static const char *const names[] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int fd = 0; fd < 3; fd++) {
        Str *k = kr_str_intern_cstr(th, names[fd]);
        Value v = k ? kr_dict_get_str(th->vm->sys_module->dict, k) : KR_VALUE_NULL;
        if (!v || !kr_is_type(v, &kr_mod__io_std_text_type))
            continue;
        StdText *t = (StdText *)kr_as_obj(v);
        Str *enc = elen ? codec_name(th, spec, elen) : kr_as_str(t->encoding);
        const char *handler = fd == 2 ? "backslashreplace" : *err ? err : elen ? "strict"
                                                                   : stdio_errors(fd);
        Str *errors = kr_str_from_cstr(th, handler);
        if (!enc || !errors || set_encoding(th, t, kr_from_obj(enc), kr_from_obj(errors)) < 0)
            return -1;
    }
    return 0;
}

/* -u: stdout and stderr unbuffered, the text layer directly over FileIO
 * and writing through, as CPython's create_stdio does for it.  Call
 * before anything is written. */
void kr_mod__io_std_unbuffered(Thread *th)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    setvbuf(stderr, NULL, _IONBF, 0);
    static const char *const names[] = {"__stdout__", "__stderr__"};
    for (int i = 0; i < 2; i++) {
        Str *k = kr_str_intern_cstr(th, names[i]);
        Value v = k ? kr_dict_get_str(th->vm->sys_module->dict, k) : KR_VALUE_NULL;
        if (!v || !kr_is_type(v, &kr_mod__io_std_text_type)) {
            kr_err_clear(th);
            continue;
        }
        StdText *t = (StdText *)kr_as_obj(v);
        t->buffer = t->raw;
        t->write_through = true;
    }
}
