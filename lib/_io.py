"""_io -- krait's implementation of CPython 3.11's _io module.

The layers are CPython's (PEP 3116): FileIO does system calls;
BufferedReader/Writer/Random/RWPair add a byte buffer; TextIOWrapper
decodes, translates newlines and encodes.  BytesIO and StringIO are
in-memory streams.  io.py (unchanged from CPython) builds its ABCs on
these classes, and builtins.open is this module's open().

The bases, FileIO, the buffered classes, BytesIO, StringIO and
IncrementalNewlineDecoder are C (the builtin module _io_native, see
docs/design.md), and so are TextIOWrapper's state and hot paths (write,
flush, readline, iteration: its C base _io_native._TextIOWrapper); what
is left here is the rest of TextIOWrapper, open() and the list of
unclosed writers.
Names, reprs and error messages are CPython's.  Differences
(docs/differences.md): files are closed by finalizers when the collector
gets to them, and unclosed writers are flushed before every open() and at
exit; tell() on a text file is a plain byte offset (exact when no decoder
state is pending, as for UTF-8 at line boundaries).
"""

import posix as _posix
import builtins as _builtins

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = _builtins.BlockingIOError

_CLOSED = "I/O operation on closed file."
_SEEK_ERR = "invalid whence (%r, should be 0, 1 or 2)"


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


# Text files holding pending (encoded, not yet buffered) writes.  The list
# keeps them alive, so a file that is written and dropped
# (open(p, 'w').write(s)) is not finalized with its text still pending:
# its writes are pushed down before every open() and at exit.
_writers = []


def _flush_writers():
    for w in list(_writers):
        try:
            w._flush_for_exit()
        except Exception:
            pass


# __del__ of the file classes is _IOBase's (C, CPython's iobase_finalize):
# close, with `_finalizing` set so that close() warns the file was left
# open.  Finalizers run in no particular order, but a text file with
# pending writes is never garbage (_writers holds it, and through it its
# buffer and raw file), so no layer below it can be closed first.
# Flushing other writers from a finalizer would be wrong: it runs at any
# safe point, also inside another writer's flush, whose text it could
# reorder or lose.


def _size_arg(size):
    if size is None:
        return -1
    return _index(size)


# ---- the standard streams ----------------------------------------------------
#
# sys.stdin/stdout/stderr are made in C at start-up (modules/_io_std.c), as
# text, buffer and raw layers; the lower two subclass the C buffered
# classes and FileIO.  Until TextIOWrapper is C too, this metaclass makes
# the text layer an instance of it, so isinstance(sys.stdout,
# io.TextIOWrapper) and io.TextIOBase (which registers it) hold as in
# CPython.

def _std_types():
    import sys
    found = {}
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        layer = stream
        for _ in range(3):
            if layer is None or type(layer).__module__ != "_io":
                break
            found.setdefault(type(layer).__name__, type(layer))
            layer = getattr(layer, "buffer", None) or getattr(layer, "raw", None)
    return found


_STD_TYPES = _std_types()


class _StdStreamMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        std = _STD_TYPES.get(cls.__name__)
        return std is not None and cls.__module__ == "_io" and type.__subclasscheck__(std, sub)


# ---- the abstract bases (C: modules/_io_iobase.c) ----------------------------------

from _io_native import _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase
import _io_native
_io_native.UnsupportedOperation = UnsupportedOperation


# ---- FileIO -------------------------------------------------------------------

# FileIO is C (modules/_io_fileio.c).
from _io_native import FileIO


# ---- in-memory streams -----------------------------------------------------------

# BytesIO is C (modules/_io_bytesio.c).
from _io_native import BytesIO


def _check_newline(newline, who):
    if newline is not None and not isinstance(newline, str):
        if who == "StringIO()":
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        raise TypeError("%s argument 'newline' must be str or None, not %s"
                        % (who, type(newline).__name__))
    if newline not in (None, "", "\n", "\r", "\r\n"):
        if who == "StringIO()":
            raise ValueError("illegal newline value: %r" % (newline,))
        raise ValueError("illegal newline value: %s" % newline)


def _find_line_end(text, newline, start=0):
    """The index just past the first line end in text[start:], or -1."""
    if newline is None or newline == "\n":
        i = text.find("\n", start)
        return -1 if i < 0 else i + 1
    if newline == "\r\n":
        i = text.find("\r\n", start)
        return -1 if i < 0 else i + 2
    if newline == "\r":
        i = text.find("\r", start)
        return -1 if i < 0 else i + 1
    # universal, untranslated: \r, \n or \r\n, whichever comes first
    n = text.find("\n", start)
    r = text.find("\r", start)
    if r < 0:
        return -1 if n < 0 else n + 1
    if n >= 0 and n < r:
        return n + 1
    if r + 1 < len(text):
        return r + 2 if text[r + 1] == "\n" else r + 1
    return -2          # a \r at the very end: the line may go on with \n


# StringIO is C (modules/_io_stringio.c).
from _io_native import StringIO


# ---- buffered binary streams ------------------------------------------------------

# BufferedReader, BufferedWriter and BufferedRandom are C (modules/_io_buffered.c).
from _io_native import BufferedReader, BufferedWriter, BufferedRandom


# BufferedRWPair is C too (modules/_io_buffered.c).
from _io_native import BufferedRWPair


# ---- text -------------------------------------------------------------------------

# IncrementalNewlineDecoder is C (modules/_io_newline.c).
from _io_native import IncrementalNewlineDecoder


def _norm_encoding(name):
    return name.lower().replace("-", "_").replace(" ", "_")


_UTF8 = ("utf_8", "utf8", "u8", "utf", "cp65001")
_LATIN1 = ("latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "latin", "l1")
_ASCII = ("ascii", "us_ascii", "646")


class _Utf8Decoder:
    """An incremental UTF-8 (or single-byte) decoder over bytes.decode: an
    incomplete sequence at the end of the input waits for the next call."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + bytes(data)
        self.pending = b""
        if not final and self.encoding == "utf-8":
            cut = _utf8_incomplete_tail(data)
            if cut < len(data):
                self.pending = data[cut:]
                data = data[:cut]
        return data.decode(self.encoding, self.errors)

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b""


def _utf8_incomplete_tail(data):
    """Where an incomplete UTF-8 sequence at the end of data starts (or len)."""
    n = len(data)
    i = n - 1
    while i >= 0 and i >= n - 4:
        c = data[i]
        if c < 0x80:
            return n
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return i if n - i < need else n
        i -= 1
    return n


_KNOWN_ERRORS = ("strict", "ignore", "replace", "surrogateescape", "surrogatepass")


def _check_errors_dev(errors):
    # In development mode (-X dev) the error handler must exist even when
    # no error happens, as CPython's unicode_check_encoding_errors.
    import sys
    if sys.flags.dev_mode:
        import codecs
        codecs.lookup_error(errors)


def _lookup_codec(encoding):
    if encoding == "locale":
        return "utf-8"            # the C.UTF-8 locale, as CPython's tests run
    norm = _norm_encoding(encoding)
    if norm in _UTF8:
        return "utf-8"
    if norm in _LATIN1:
        return "latin-1"
    if norm in _ASCII:
        return "ascii"
    import codecs
    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                          "arbitrary codecs" % encoding)
    return info


class TextIOWrapper(_io_native._TextIOWrapper, metaclass=_StdStreamMeta):
    """Character and line based layer over a BufferedIOBase object, buffer.

    Its state and its hot paths (write, flush, readline's common case,
    iteration) are the C base's (modules/_io_textio.c): every self._x
    below is one of its members."""

    _finalizing = False
    __del__ = _IOBase.__del__

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline, "TextIOWrapper()")
        self._buffer = None
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if encoding is None:
            encoding = text_encoding(None, 2)
        self._setup(encoding, errors, newline)
        self._buffer = buffer
        _io_native._mark_wrapped(buffer)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoded = ""
        self._dpos = 0
        self._snapshot = None        # (byte position of the chunk, its bytes)
        self._telling = True
        self._writable = None        # buffer.writable(), once known
        try:
            self._seekable = buffer.seekable()
        except Exception:
            self._seekable = False
        self._make_encoder()

    def _make_encoder(self):
        """An incremental encoder for a stateful codec (a BOM is written
        once, at the start of the stream: not when appending), as CPython
        makes it when the buffer is writable."""
        self._encoder = None
        if isinstance(self._codec, str) or not self._buffer.writable():
            return
        self._encoder = self._codec.incrementalencoder(self._errors)
        if self._seekable and self._buffer.tell() != 0:
            self._encoder.setstate(0)

    def _reset_encoder(self, position):
        if self._encoder is not None:
            if position != 0:
                self._encoder.setstate(0)
            else:
                self._encoder.reset()

    def _setup(self, encoding, errors, newline):
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        codec = _lookup_codec(encoding)
        if errors is None:
            errors = "strict"
        elif errors not in _KNOWN_ERRORS:
            _check_errors_dev(errors)
        self._encoding = encoding
        self._errors = errors
        self._codec = codec
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._decoder = None

    def _get_decoder(self):
        if self._decoder is None:
            if isinstance(self._codec, str):
                dec = _Utf8Decoder(self._codec, self._errors)
            else:
                dec = self._codec.incrementaldecoder(self._errors)
            if self._readuniversal:
                dec = IncrementalNewlineDecoder(dec, self._readtranslate)
            self._decoder = dec
        return self._decoder

    # -- attributes --

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        self._check_init()
        return self._buffer.name

    @property
    def closed(self):
        self._check_init()
        return self._buffer.closed

    @property
    def newlines(self):
        dec = self._decoder
        return dec.newlines if isinstance(dec, IncrementalNewlineDecoder) else None

    def _check_init(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")

    def _check(self):
        self._check_init()
        if self._buffer.closed:
            raise ValueError(_CLOSED)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(" name=%r" % (name,))
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(" mode=%r" % (mode,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    def fileno(self):
        self._check_init()
        return self._buffer.fileno()

    def isatty(self):
        self._check_init()
        return self._buffer.isatty()

    def seekable(self):
        self._check_init()
        return self._buffer.seekable()

    def readable(self):
        self._check_init()
        return self._buffer.readable()

    def writable(self):
        self._check_init()
        return self._buffer.writable()

    def close(self):
        self._check_init()
        if not self._buffer.closed:
            if self._finalizing:
                try:
                    self._buffer._dealloc_warn(self)
                except Exception:
                    pass
            try:
                self.flush()
            finally:
                self._forget_writer()
                self._buffer.close()

    def detach(self):
        self._check_init()
        self.flush()
        self._forget_writer()
        buffer, self._buffer = self._buffer, None
        return buffer

    # -- writing: write() and flush() are C --

    def _reset_read(self):
        self._decoded = ""
        self._dpos = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()

    # -- reading --

    def _read_chunk(self):
        """Decode the next chunk of bytes; False at EOF."""
        self._flush_pending()
        dec = self._get_decoder()
        pos = None
        if self._seekable and self._telling:
            pos = self._buffer.tell()
        if hasattr(self._buffer, "read1"):
            data = self._buffer.read1(self._CHUNK_SIZE)
        else:
            data = self._buffer.read(self._CHUNK_SIZE)
        eof = not data
        text = dec.decode(data, final=eof)
        rest = self._decoded[self._dpos:]
        if pos is not None:
            if rest:
                self._snapshot = None
            else:
                self._snapshot = (pos, data, dec.getstate() if not data else None)
        self._decoded = rest + text
        self._dpos = 0
        return not eof

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _size_arg(size)
        if size < 0:
            self._flush_pending()
            data = self._buffer.read()
            dec = self._get_decoder()
            result = self._decoded[self._dpos:] + dec.decode(data, final=True)
            self._decoded = ""
            self._dpos = 0
            self._snapshot = None
            return result
        while len(self._decoded) - self._dpos < size:
            if not self._read_chunk():
                break
        start = self._dpos
        end = min(len(self._decoded), start + size)
        self._dpos = end
        return self._decoded[start:end]

    def _readline(self, size):
        # readline() past its C fast path (a whole "\n" line already
        # decoded): the checks are done, size is an int.
        nl = "\n" if self._readtranslate else self._readnl
        while True:
            rest = self._decoded[self._dpos:]
            end = _find_line_end(rest, nl)
            if end >= 0 or (size >= 0 and len(rest) >= size):
                break
            if not self._read_chunk():
                end = len(self._decoded) - self._dpos
                break
        if end < 0:
            end = len(self._decoded) - self._dpos
        if 0 <= size < end:
            end = size
        start = self._dpos
        self._dpos = start + end
        return self._decoded[start:start + end]

    # __next__ is C: a decoded line, else readline(); at the end, tell() works again.

    # -- positioning --

    def tell(self):
        self._check()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        if self._snapshot is None or self._decoded == "":
            return self._buffer.tell() - len(self._pending_bytes())
        pos, data, _ = self._snapshot
        if self._dpos == 0:
            return pos
        # Replay a fresh decoder over the chunk until it has produced the
        # characters consumed so far.
        self._decoder = None
        dec = self._get_decoder()
        produced = 0
        for i in range(len(data)):
            produced += len(dec.decode(data[i:i + 1]))
            if produced >= self._dpos:
                self._decoder = None
                self._rebuild_decoder(data)
                return pos + i + 1
        self._decoder = None
        self._rebuild_decoder(data)
        return pos + len(data)

    def _pending_bytes(self):
        dec = self._decoder
        if dec is None:
            return b""
        return dec.getstate()[0]

    def _rebuild_decoder(self, data):
        """Bring a fresh decoder to the state after all of data."""
        dec = self._get_decoder()
        dec.decode(data)

    def seek(self, cookie, whence=0):
        self._check()
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            position = self._buffer.seek(0, 2)
            self._reset_encoder(position)
            return position
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._reset_read()
        self._decoder = None
        self._buffer.seek(cookie)
        self._reset_encoder(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self._check_init()
        if self._decoder is not None and (encoding is not None or errors is not None
                                          or newline is not Ellipsis):
            if self._dpos < len(self._decoded) or self._snapshot is not None:
                raise UnsupportedOperation("It is not possible to set the encoding or newline "
                                           "of stream after the first read")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("bad argument type for built-in operation")
        if errors is None:
            errors = "strict" if encoding is not None else self._errors
        elif not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if newline is Ellipsis:
            newline = self._readnl
        else:
            _check_newline(newline, "reconfigure()")
        self.flush()
        self._setup(self._encoding if encoding is None else encoding, errors, newline)
        self._make_encoder()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


# ---- open() ------------------------------------------------------------------------

def text_encoding(encoding, stacklevel=2):
    """The encoding to use when encoding is None: "utf-8" in UTF-8 mode,
    else "locale"; with -X warn_default_encoding it warns (EncodingWarning)
    at stacklevel counted from its caller, as the C function does."""
    if encoding is None:
        import sys
        if sys.flags.warn_default_encoding:
            import warnings
            warnings.warn("'encoding' argument not specified", EncodingWarning,
                          stacklevel + 1)
        return "utf-8" if sys.flags.utf8_mode else "locale"
    return encoding


def _parse_open_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    seen = ""
    for c in mode:
        if c not in "axrwb+t" or c in seen:
            raise ValueError("invalid mode: %r" % (mode,))
        seen += c
    creating, reading, writing = "x" in mode, "r" in mode, "w" in mode
    appending, updating = "a" in mode, "+" in mode
    text, binary = "t" in mode, "b" in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    raw = ("x" if creating else "r" if reading else "w" if writing else "a")
    return raw + ("+" if updating else ""), binary, creating or writing or appending, reading or updating


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    _flush_writers()
    if not isinstance(file, int):
        file = _posix.fspath(file)
    rawmode, binary, _, _ = _parse_open_mode(mode)
    buffering = _index(buffering)
    for what, v in (("encoding", encoding), ("errors", errors)):
        if v is not None and not isinstance(v, str):
            raise TypeError("open() argument '%s' must be str or None, not %s"
                            % (what, type(v).__name__))
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s"
                        % type(newline).__name__)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
        buffering = -1
    if not binary:
        _check_newline(newline, "open()")
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
        if encoding is not None:
            _lookup_codec(encoding)
        else:
            encoding = text_encoding(None, 2)
    raw = FileIO(file, rawmode + "b", closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = getattr(raw, "_blksize", DEFAULT_BUFFER_SIZE)
        if buffering == 0:
            return result
        if "+" in rawmode:
            buffer = BufferedRandom(raw, buffering)
        elif rawmode == "r":
            buffer = BufferedReader(raw, buffering)
        else:
            buffer = BufferedWriter(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    """Open path for reading as bytes (the hook import uses)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


# CPython's open is a builtin function, which a class attribute does not
# bind (test_file's `open = io.open` in a TestCase); a staticmethod, which
# is callable, behaves the same way.
open = staticmethod(open)
_builtins.open = open
