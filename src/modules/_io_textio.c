/*
 * _io_textio.c -- the state and the hot paths of io.TextIOWrapper:
 * write(), flush(), line iteration and readline()'s common case.
 *
 * `_io_native._TextIOWrapper` is the C base of lib/_io.py's TextIOWrapper.
 * Every attribute of a text file lives in the struct below and is a
 * member (`_buffer`, `_decoded`, `_dpos`, `_line_buffering`, ...), so the
 * Python half (construction, decoding reads, tell/seek, reconfigure,
 * close, repr) and the C half share one state with no copies.  The
 * rarer paths stay Python: readline() here falls back to the class's
 * `_readline` when the decoded text holds no whole line.
 *
 * Writing: text is encoded straight into a pending byte buffer, in C
 * for UTF-8, Latin-1 and ASCII (what CPython's encodefuncs cover), by the
 * codec's incremental encoder otherwise, and handed to the buffer layer
 * before it would pass _CHUNK_SIZE bytes, once it reaches them, and at
 * flush, write_through or a line end under line_buffering, as CPython's
 * pending_bytes.  Into an
 * exact C BufferedWriter/Random the pending bytes are taken and written
 * under the buffer's lock, so each thread's writes stay in order.
 *
 * Threads: the pending buffer is appended to and taken under the
 * object's stripe; a text file with pending bytes is in lib/_io.py's
 * `_writers` list (flushed before open() and at exit), and "pending => in
 * the list" is kept by deciding membership under the list's own stripe
 * from the pending length (see remember/forget).
 */
#include <string.h>

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
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"
#include "vm/vm.h"

/* How `_codec` encodes: the three codecs CPython also encodes without a
 * codec call; OTHER goes through `_encoder` or `_codec.encode`. */
enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_OTHER };

typedef struct TextIO {
    IOBaseObj base;
    Value buffer;               /* `_buffer`: None when detached or before __init__ */
    Value encoding, errors;     /* `_encoding`, `_errors` (str) */
    Value codec;                /* `_codec`: "utf-8", "latin-1", "ascii" or a CodecInfo */
    Value encoder, decoder;     /* `_encoder`, `_decoder`: None or incremental codecs */
    Value readnl, writenl;      /* `_readnl` (None or str), `_writenl` (str) */
    Value decoded;              /* `_decoded`: decoded text, consumed up to dpos */
    Value snapshot;             /* `_snapshot`: None or lib/_io.py's tuple for tell() */
    int64_t dpos;               /* `_dpos` */
    int64_t chunk_size;         /* `_CHUNK_SIZE` */
    unsigned char *pend;        /* encoded, not yet written: pend[0:plen] (atomic memory) */
    int64_t plen, pcap;
    int8_t writable, readable;  /* buffer.writable()/readable(), -1 until asked */
    uint8_t enc;                /* ENC_* of codec */
    bool readuniversal, readtranslate, writetranslate;
    bool line_buffering, write_through, telling, seekable;
    bool remembered;            /* in lib/_io.py's _writers */
} TextIO;

#define TIO(v) ((TextIO *)kr_as_obj(v))

Type kr_mod__io_textio_type;

/* ---- lib/_io.py's list of writers ------------------------------------------------------- */

static List *writers_list(Thread *th)
{
    Str *mod = kr_str_intern_cstr(th, "_io"), *k = kr_str_intern_cstr(th, "_writers");
    Value m = mod && k ? kr_dict_get_str(th->vm->modules, mod) : KR_VALUE_NULL;
    Value l = m ? kr_object_getattr(th, m, k) : KR_VALUE_NULL;
    kr_err_clear(th);
    return l && kr_is_type(l, &kr_list_type) ? (List *)kr_as_obj(l) : NULL;
}

static int64_t pending_len(TextIO *t) { return __atomic_load_n(&t->plen, __ATOMIC_ACQUIRE); }

/* Membership follows the pending length, decided under the list's lock:
 * a write's remember and a flush's forget racing on two threads leave the
 * file listed exactly when bytes are still pending. */
static int remember(Thread *th, Value self)
{
    TextIO *t = TIO(self);
    if (t->remembered)
        return 0;
    List *w = writers_list(th);
    if (!w)
        return 0;               /* lib/_io.py not imported: nobody flushes for us */
    bool lk = kr_objlock(th, w);
    int r = 0;
    if (!t->remembered && pending_len(t) > 0) {
        r = kr_list_append(th, w, self);
        t->remembered = r == 0;
    }
    kr_objunlock(th, w, lk);
    return r;
}

/* Done in C, not by running Python: see _io_buffered.c's forget.  With
 * `always`, also while bytes are pending (close and detach). */
static void forget(Thread *th, Value self, bool always)
{
    TextIO *t = TIO(self);
    if (!t->remembered)
        return;
    Value exc = th->exc;
    th->exc = KR_VALUE_NULL;
    List *w = writers_list(th);
    if (w) {
        bool lk = kr_objlock(th, w);
        if (t->remembered && (always || pending_len(t) == 0)) {
            for (int64_t i = 0; i < w->size; i++)
                if (w->items[i] == self) {
                    memmove(w->items + i, w->items + i + 1,
                            (size_t)(w->size - i - 1) * sizeof(Value));
                    w->items[--w->size] = KR_VALUE_NULL;
                    break;
                }
            t->remembered = false;
        }
        kr_objunlock(th, w, lk);
    }
    th->exc = exc;
}

/* ---- the pending bytes ------------------------------------------------------------------- */

/* Room for n more bytes; called with the stripe held. */
static int reserve(Thread *th, TextIO *t, int64_t n)
{
    if (t->plen + n <= t->pcap)
        return 0;
    int64_t c = t->pcap < 256 ? 256 : t->pcap;
    while (c < t->plen + n)
        c += c / 2;
    unsigned char *p = kr_gc_alloc_atomic((size_t)c);
    if (!p) {
        kr_err_no_memory(th);
        return -1;
    }
    if (t->plen)
        memcpy(p, t->pend, (size_t)t->plen);
    t->pend = p;
    t->pcap = c;
    return 0;
}

/* The UTF-8 length of s, or -1 if it holds a surrogate (the codec decides). */
static int64_t utf8_size(const Str *s)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xD800 && c < 0xE000)
            return -1;
        else
            n += c < 0x10000 ? 3 : 4;
    }
    return n;
}

static unsigned char *utf8_put(unsigned char *p, const Str *s)
{
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c < 0x80) {
            *p++ = (unsigned char)c;
        } else if (c < 0x800) {
            *p++ = (unsigned char)(0xC0 | c >> 6);
            *p++ = (unsigned char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = (unsigned char)(0xE0 | c >> 12);
            *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            *p++ = (unsigned char)(0xF0 | c >> 18);
            *p++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    return p;
}

/* s encoded by the codec's own machinery: the native codecs' error
 * handlers, or `_encoder.encode(s)` / `_codec.encode(s, errors)[0]`. */
static Value encode_slow(Thread *th, TextIO *t, Value s)
{
    Value data;
    if (t->enc != ENC_OTHER) {
        data = kr_bytes_encode(th, kr_as_str(s), t->codec, t->errors);
    } else if (t->encoder != KR_NONE) {
        data = kr_mod__io_call_method(th, t->encoder, "encode", &s, 1);
    } else {
        Value a[2] = {s, t->errors};
        Value r = kr_mod__io_call_method(th, t->codec, "encode", a, 2);
        Value zero = kr_from_smallint(0);
        data = r ? kr_object_getitem(th, r, zero) : KR_VALUE_NULL;
    }
    if (data && !kr_is_bytes(data)) {
        kr_err_format(th, &kr_exc_TypeError, "encoder should return a bytes object, not '%s'",
                      kr_type_name(data));
        return KR_VALUE_NULL;
    }
    return data;
}

static int flush_pending(Thread *th, Value self);

/* Encode s onto the pending bytes, first pushing down what is pending if
 * both together would pass _CHUNK_SIZE (CPython's textiowrapper_write). */
static int encode_pending(Thread *th, Value self, Value sv)
{
    TextIO *t = TIO(self);
    Str *s = kr_as_str(sv);
    const void *src = s->data;
    int64_t n = s->len;
    bool utf8 = false;
    if (t->enc == ENC_OTHER || !(s->ascii || (t->enc == ENC_LATIN1 && s->kind == 1))) {
        n = t->enc == ENC_UTF8 ? utf8_size(s) : -1;
        utf8 = n >= 0;
        if (!utf8) {
            Value data = encode_slow(th, t, sv);
            if (!data)
                return -1;
            src = kr_as_bytes(data)->data;
            n = kr_as_bytes(data)->len;
        }
    }
    int64_t had = pending_len(t);
    if (had && had + n > t->chunk_size && flush_pending(th, self) < 0)
        return -1;
    bool lk = kr_objlock(th, t);
    int r = reserve(th, t, n);
    if (r == 0) {
        if (utf8)
            utf8_put(t->pend + t->plen, s);
        else if (n)
            memcpy(t->pend + t->plen, src, (size_t)n);
        __atomic_store_n(&t->plen, t->plen + n, __ATOMIC_RELEASE);
    }
    kr_objunlock(th, t, lk);
    return r;
}

Value kr_mod__io_textio_take(Thread *th, Value self)
{
    TextIO *t = TIO(self);
    bool lk = kr_objlock(th, t);
    Bytes *b = kr_bytes_new(th, t->pend, t->plen);
    if (b)
        __atomic_store_n(&t->plen, 0, __ATOMIC_RELEASE);
    kr_objunlock(th, t, lk);
    return kr_bytes_value(b);
}

/* Hand the pending bytes to the buffer layer (CPython's _textiowrapper_writeflush). */
static int flush_pending(Thread *th, Value self)
{
    TextIO *t = TIO(self);
    if (pending_len(t) == 0)
        return 0;
    Value buffer = t->buffer;
    Type *bt = kr_type_of(buffer);
    int r = 0;
    if (bt == &kr_mod__io_bufferedwriter_type || bt == &kr_mod__io_bufferedrandom_type) {
        r = kr_mod__io_buffered_write_text(th, buffer, self) ? 0 : -1;
    } else {
        Value data = kr_mod__io_textio_take(th, self);
        if (!data)
            return -1;
        if (kr_as_bytes(data)->len && !kr_mod__io_call_method(th, buffer, "write", &data, 1))
            r = -1;
    }
    forget(th, self, false);
    return r;
}

/* ---- checks ------------------------------------------------------------------------------- */

static int check_attached(Thread *th, TextIO *t)
{
    if (t->buffer && t->buffer != KR_NONE)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "underlying buffer has been detached");
    return -1;
}

/* buffer.closed: from the fields for an exact C buffer over an exact FileIO. */
static int buffer_closed(Thread *th, Value buffer)
{
    Type *bt = kr_type_of(buffer);
    if (bt == &kr_mod__io_bufferedwriter_type || bt == &kr_mod__io_bufferedrandom_type ||
        bt == &kr_mod__io_bufferedreader_type) {
        Value raw = ((Buffered *)kr_as_obj(buffer))->raw;
        if (raw && kr_type_of(raw) == &kr_mod__io_fileio_type)
            return ((FileIOObj *)kr_as_obj(raw))->fd < 0;
    }
    Str *k = kr_str_intern_cstr(th, "closed");
    Value c = k ? kr_object_getattr(th, buffer, k) : KR_VALUE_NULL;
    return c ? kr_object_truth(th, c) : -1;
}

/* Attached and open (lib/_io.py's _check). */
static int check(Thread *th, TextIO *t)
{
    if (check_attached(th, t) < 0)
        return -1;
    int c = buffer_closed(th, t->buffer);
    if (c > 0)
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file.");
    return c ? -1 : 0;
}

/* buffer.<what>() asked once per buffer, as CPython decides it when it
 * makes the encoder and decoder. */
static int ask(Thread *th, TextIO *t, int8_t *cache, const char *what)
{
    if (*cache < 0) {
        Value v = kr_mod__io_call_method(th, t->buffer, what, NULL, 0);
        int r = v ? kr_object_truth(th, v) : -1;
        if (r < 0)
            return -1;
        *cache = (int8_t)r;
    }
    return *cache;
}

/* ---- writing ------------------------------------------------------------------------------- */

static bool has_char(const Str *s, uint32_t ch)
{
    if (s->kind == 1)
        return memchr(s->data, (int)ch, (size_t)s->len) != NULL;
    for (int64_t i = 0; i < s->len; i++)
        if (kr_str_char(s, i) == ch)
            return true;
    return false;
}

/* s with every "\n" replaced by nl. */
static Value translate(Thread *th, Str *s, Str *nl)
{
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == '\n') {
            for (int64_t j = 0; j < nl->len; j++) {
                uint32_t d = kr_str_char(nl, j);
                kr_buf_write(&b, &d, sizeof d);
            }
        } else {
            kr_buf_write(&b, &c, sizeof c);
        }
    }
    Str *r = kr_str_from_ucs4(th, (const uint32_t *)b.data, b.len / sizeof(uint32_t));
    kr_buf_free(&b);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value empty_str(Thread *th)
{
    Str *e = kr_str_from_cstr(th, "");
    return e ? kr_from_obj(e) : KR_VALUE_NULL;
}

/* Drop read-ahead text before a write, as CPython does. */
static int reset_read(Thread *th, TextIO *t)
{
    Value e = empty_str(th);
    if (!e)
        return -1;
    t->decoded = e;
    t->dpos = 0;
    t->snapshot = KR_NONE;
    if (t->decoder != KR_NONE && !kr_mod__io_call_method(th, t->decoder, "reset", NULL, 0))
        return -1;
    return 0;
}

KR_LIB_FUNC(textio_write)
{
    if (kr_libutil_no_keywords(th, "TextIOWrapper.write", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 2)
        return kr_err_type_error(th, "TextIOWrapper.write() takes exactly one argument (%d given)",
                                 (int)nargs - 1);
    Value me = args[0], s = args[1];
    TextIO *t = TIO(me);
    if (!kr_str_check(s))
        return kr_err_type_error(th, "write() argument must be str, not %s", kr_type_name(s));
    if (check(th, t) < 0)
        return KR_VALUE_NULL;
    int w = ask(th, t, &t->writable, "writable");
    if (w <= 0)
        return w < 0 ? KR_VALUE_NULL : kr_mod__io_unsupported(th, "not writable");
    Str *str = kr_as_str(s);
    int64_t n = str->len;
    bool haslf = (t->writetranslate || t->line_buffering) && has_char(str, '\n');
    bool needflush = t->line_buffering && (haslf || has_char(str, '\r'));
    Str *nl = kr_is_str(t->writenl) ? kr_as_str(t->writenl) : NULL;
    if (haslf && t->writetranslate && nl && !(nl->len == 1 && kr_str_char(nl, 0) == '\n'))
        if (!(s = translate(th, str, nl)))
            return KR_VALUE_NULL;
    bool reading = (kr_is_str(t->decoded) && kr_as_str(t->decoded)->len) || t->snapshot != KR_NONE;
    if (reading && reset_read(th, t) < 0)
        return KR_VALUE_NULL;
    if (encode_pending(th, me, s) < 0 || remember(th, me) < 0)
        return KR_VALUE_NULL;
    if (t->write_through || needflush || pending_len(t) >= t->chunk_size)
        if (flush_pending(th, me) < 0)
            return KR_VALUE_NULL;
    if (needflush && !kr_mod__io_call_method(th, t->buffer, "flush", NULL, 0))
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

KR_LIB_FUNC(textio_flush)
{
    if (kr_libutil_no_keywords(th, "TextIOWrapper.flush", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 1)
        return kr_err_type_error(th, "TextIOWrapper.flush() takes no arguments (%d given)",
                                 (int)nargs - 1);
    TextIO *t = TIO(args[0]);
    if (check(th, t) < 0)
        return KR_VALUE_NULL;
    t->telling = t->seekable;
    if (flush_pending(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_mod__io_call_method(th, t->buffer, "flush", NULL, 0) ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(textio_flush_pending)
{
    if (kr_libutil_check_positional(th, "_flush_pending", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    TextIO *t = TIO(args[0]);
    if (pending_len(t) && check_attached(th, t) < 0)
        return KR_VALUE_NULL;
    return flush_pending(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* lib/_io.py's _flush_writers, at exit and before open(). */
KR_LIB_FUNC(textio_flush_for_exit)
{
    TextIO *t = TIO(args[0]);
    if (!pending_len(t) || check_attached(th, t) < 0) {
        kr_err_clear(th);
        return KR_NONE;
    }
    int c = buffer_closed(th, t->buffer);
    if (c)
        return c < 0 ? KR_VALUE_NULL : KR_NONE;
    Type *bt = kr_type_of(t->buffer);
    if (bt == &kr_mod__io_bufferedwriter_type || bt == &kr_mod__io_bufferedrandom_type) {
        IoLock *l = &((Buffered *)kr_as_obj(t->buffer))->lock;
        if (!kr_mod__io_trylock(th, l))
            return KR_NONE;     /* held: by a daemon thread parked at exit, or deeper in this one */
        kr_mod__io_unlock(th, l);
    }
    if (flush_pending(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_mod__io_call_method(th, t->buffer, "flush", NULL, 0) ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(textio_forget_writer)
{
    forget(th, args[0], true);
    return KR_NONE;
}

/* ---- reading lines ------------------------------------------------------------------------ */

enum { NL_LF, NL_CR, NL_CRLF, NL_ANY };

/* How lines end in the decoded text: translated text and newline="\n"
 * end in "\n"; newline="" (universal, untranslated) in any of the three. */
static int nl_mode(const TextIO *t)
{
    if (t->readtranslate || !kr_is_str(t->readnl))
        return NL_LF;
    const Str *nl = kr_as_str(t->readnl);
    if (nl->len == 0)
        return NL_ANY;
    if (nl->len == 2)
        return NL_CRLF;
    return kr_str_char(nl, 0) == '\r' ? NL_CR : NL_LF;
}

static int64_t find_char(const Str *d, int64_t from, uint32_t ch)
{
    if (d->kind == 1) {
        const unsigned char *q = memchr(d->data + from, (int)ch, (size_t)(d->len - from));
        return q ? q - d->data : -1;
    }
    for (int64_t j = from; j < d->len; j++)
        if (kr_str_char(d, j) == ch)
            return j;
    return -1;
}

/* Just past the first line end in d[p:], or -1 when there is none yet (a
 * "\r" last in d may still become "\r\n"), as lib/_io.py's _find_line_end. */
static int64_t line_end(int mode, const Str *d, int64_t p)
{
    int64_t i;
    switch (mode) {
    case NL_LF:
        return (i = find_char(d, p, '\n')) < 0 ? -1 : i + 1;
    case NL_CR:
        return (i = find_char(d, p, '\r')) < 0 ? -1 : i + 1;
    case NL_CRLF:
        for (i = p; (i = find_char(d, i, '\r')) >= 0 && i + 1 < d->len; i++)
            if (kr_str_char(d, i + 1) == '\n')
                return i + 2;
        return -1;
    default:
        for (i = p; i < d->len; i++) {
            uint32_t c = kr_str_char(d, i);
            if (c == '\n')
                return i + 1;
            if (c == '\r')
                return i + 1 >= d->len ? -1 : i + (kr_str_char(d, i + 1) == '\n' ? 2 : 1);
        }
        return -1;
    }
}

/* The next whole line of the decoded text, at most size characters if
 * size >= 0; KR_VALUE_NULL without an exception when there is none yet
 * (the class's _readline reads on). */
static Value line_ready(Thread *th, TextIO *t, int64_t size)
{
    if (!kr_is_str(t->decoded))
        return KR_VALUE_NULL;
    Str *d = kr_as_str(t->decoded);
    int64_t p = t->dpos;
    if (p < 0 || p >= d->len)
        return KR_VALUE_NULL;
    int64_t end = line_end(nl_mode(t), d, p);
    if (end < 0 || (size >= 0 && end - p > size))
        return KR_VALUE_NULL;
    Str *line = kr_str_substr(th, d, p, end);
    if (!line)
        return KR_VALUE_NULL;
    t->dpos = end;
    return kr_from_obj(line);
}

KR_LIB_FUNC(textio_readline)
{
    if (kr_libutil_no_keywords(th, "TextIOWrapper.readline", kw) < 0 ||
        kr_libutil_check_positional(th, "readline", nargs - 1, 0, 1) < 0)
        return KR_VALUE_NULL;
    Value me = args[0];
    TextIO *t = TIO(me);
    int64_t size = -1;
    if (nargs > 1) {
        Value i = kr_object_index(th, args[1]);     /* unlike read(), None is refused */
        if (!i || kr_libutil_as_ssize(th, i, &size) < 0)
            return KR_VALUE_NULL;
    }
    if (check(th, t) < 0)
        return KR_VALUE_NULL;
    int r = ask(th, t, &t->readable, "readable");
    if (r <= 0)
        return r < 0 ? KR_VALUE_NULL : kr_mod__io_unsupported(th, "not readable");
    Value line = line_ready(th, t, size);
    if (line || kr_err_occurred(th))
        return line;
    Value a = kr_int_from_i64(th, size);
    return a ? kr_mod__io_call_method(th, me, "_readline", &a, 1) : KR_VALUE_NULL;
}

/* next(): a whole decoded line without readline's call; else readline(),
 * a subclass's included.  Iterating turns tell() off until the end. */
static bool own_readline(Thread *th, Value self)
{
    Type *tp = kr_type_of(self);
    Str *k = kr_str_intern_cstr(th, "readline");
    return k && kr_type_lookup_cached(th, tp, k) == kr_type_lookup_cached(th, &kr_mod__io_textio_type, k);
}

static Value textio_next(Thread *th, Value self)
{
    TextIO *t = TIO(self);
    t->telling = false;
    Value line = KR_VALUE_NULL;
    if (t->buffer != KR_NONE && own_readline(th, self)) {
        int c = buffer_closed(th, t->buffer);
        if (c < 0)
            return KR_VALUE_NULL;
        if (!c && !(line = line_ready(th, t, -1)) && kr_err_occurred(th))
            return KR_VALUE_NULL;
    }
    if (!line && !(line = kr_mod__io_call_method(th, self, "readline", NULL, 0)))
        return KR_VALUE_NULL;
    int full = kr_object_truth(th, line);
    if (full < 0)
        return KR_VALUE_NULL;
    if (!full) {
        t->snapshot = KR_NONE;
        t->telling = t->seekable;
        return KR_VALUE_NULL;
    }
    return line;
}

/* ---- construction and members ------------------------------------------------------------- */

static Value textio_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    TextIO *t = kr_libutil_alloc(th, type);
    Value e = t ? empty_str(th) : KR_VALUE_NULL;
    if (!e)
        return KR_VALUE_NULL;
    t->buffer = t->encoding = t->errors = t->codec = t->encoder = t->decoder = KR_NONE;
    t->readnl = t->writenl = t->snapshot = KR_NONE;
    t->decoded = e;
    t->chunk_size = KR_IO_DEFAULT_BUFFER_SIZE;
    t->writable = t->readable = -1;
    t->enc = ENC_OTHER;
    t->telling = true;
    return kr_from_obj(t);
}

static Value get_buffer(Thread *th, Value self) { return TIO(self)->buffer; }

/* A new buffer (or None: detached) is asked writable()/readable() afresh. */
static int set_buffer(Thread *th, Value self, Str *name, Value v)
{
    TextIO *t = TIO(self);
    t->buffer = v ? v : KR_NONE;
    t->writable = t->readable = -1;
    return 0;
}

static Value get_codec(Thread *th, Value self) { return TIO(self)->codec; }

static int set_codec(Thread *th, Value self, Str *name, Value v)
{
    TextIO *t = TIO(self);
    uint8_t enc = ENC_OTHER;
    if (v && kr_is_str(v)) {
        const char *c = (const char *)kr_as_str(v)->data;
        enc = !strcmp(c, "utf-8") ? ENC_UTF8 : !strcmp(c, "latin-1") ? ENC_LATIN1
            : !strcmp(c, "ascii") ? ENC_ASCII : ENC_OTHER;
    }
    t->codec = v ? v : KR_NONE;
    t->enc = enc;
    return 0;
}

static Value get_dpos(Thread *th, Value self) { return kr_int_from_i64(th, TIO(self)->dpos); }

static int set_dpos(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (!v || kr_libutil_as_ssize(th, v, &n) < 0) {
        if (!v)
            kr_err_set_string(th, &kr_exc_AttributeError, "can't delete _dpos");
        return -1;
    }
    TIO(self)->dpos = n;
    return 0;
}

static Value get_chunk(Thread *th, Value self) { return kr_int_from_i64(th, TIO(self)->chunk_size); }

/* CPython's textiowrapper_chunk_size_set. */
static int set_chunk(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (!v) {
        kr_err_set_string(th, &kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (kr_libutil_as_ssize(th, v, &n) < 0)
        return -1;
    if (n <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    TIO(self)->chunk_size = n;
    return 0;
}

static Value get_writable(Thread *th, Value self)
{
    int8_t w = TIO(self)->writable;
    return w < 0 ? KR_NONE : kr_from_bool(w);
}

static int set_writable(Thread *th, Value self, Str *name, Value v)
{
    int r = !v || v == KR_NONE ? -1 : kr_object_truth(th, v);
    if (r < 0 && v && v != KR_NONE)
        return -1;
    TIO(self)->writable = (int8_t)r;
    return 0;
}

#define FLAG(field)                                                                  \
    static Value get_##field(Thread *th, Value self) { return kr_from_bool(TIO(self)->field); } \
    static int set_##field(Thread *th, Value self, Str *name, Value v)               \
    {                                                                                \
        int r = v ? kr_object_truth(th, v) : 0;                                      \
        if (r < 0)                                                                   \
            return -1;                                                               \
        TIO(self)->field = r;                                                        \
        return 0;                                                                    \
    }
FLAG(readuniversal)
FLAG(readtranslate)
FLAG(writetranslate)
FLAG(line_buffering)
FLAG(write_through)
FLAG(telling)
FLAG(seekable)

static Value get_has_pending(Thread *th, Value self)
{
    return kr_from_bool(pending_len(TIO(self)) > 0);
}

#define VALUE_MEMBER(name, field) {name, offsetof(TextIO, field), NULL, NULL, NULL, 0}
#define FLAG_MEMBER(field) {"_" #field, 0, get_##field, set_##field, NULL, KR_MEMBER_PLAIN}

static const MemberDef textio_members[] = {
    {"_buffer", 0, get_buffer, set_buffer, NULL, KR_MEMBER_PLAIN},
    {"_codec", 0, get_codec, set_codec, NULL, KR_MEMBER_PLAIN},
    {"_dpos", 0, get_dpos, set_dpos, NULL, KR_MEMBER_PLAIN},
    {"_CHUNK_SIZE", 0, get_chunk, set_chunk, NULL, KR_MEMBER_PLAIN},
    {"_writable", 0, get_writable, set_writable, NULL, KR_MEMBER_PLAIN},
    {"_has_pending", 0, get_has_pending, NULL, NULL, KR_MEMBER_READONLY},
    VALUE_MEMBER("_encoding", encoding),
    VALUE_MEMBER("_errors", errors),
    VALUE_MEMBER("_encoder", encoder),
    VALUE_MEMBER("_decoder", decoder),
    VALUE_MEMBER("_readnl", readnl),
    VALUE_MEMBER("_writenl", writenl),
    VALUE_MEMBER("_decoded", decoded),
    VALUE_MEMBER("_snapshot", snapshot),
    FLAG_MEMBER(readuniversal),
    FLAG_MEMBER(readtranslate),
    FLAG_MEMBER(writetranslate),
    FLAG_MEMBER(line_buffering),
    FLAG_MEMBER(write_through),
    FLAG_MEMBER(telling),
    FLAG_MEMBER(seekable),
    {0},
};

/* Text files do not pickle; CPython's message, from object.__getstate__. */
KR_LIB_FUNC(textio_getstate)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '_io.%s' object", kr_libutil_short_name(args[0]));
    return KR_VALUE_NULL;
}

static const MethodDef textio_methods[] = {
    {"__getstate__", textio_getstate, "($self, /)", NULL, 0},
    {"write", textio_write, "($self, text, /)", NULL, 0},
    {"flush", textio_flush, "($self, /)", NULL, 0},
    {"readline", textio_readline, "($self, size=-1, /)", NULL, 0},
    {"_flush_pending", textio_flush_pending, "($self, /)", NULL, 0},
    {"_flush_for_exit", textio_flush_for_exit, "($self, /)", NULL, 0},
    {"_forget_writer", textio_forget_writer, "($self, /)", NULL, 0},
    {0},
};

Type kr_mod__io_textio_type = {
    .hdr = {&kr_type_type}, .name = "_io._TextIOWrapper", .size = sizeof(TextIO),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_textiobase_type, .new_ = textio_new, .methods = textio_methods,
    .members = textio_members, .next = textio_next,
};
