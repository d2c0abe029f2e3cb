"""_multibytecodec -- the common face of the CJK codecs (krait).

CPython's Modules/cjkcodecs/multibytecodec.c, over krait's `_cjk` module
(src/modules/_cjk.c): _cjk converts a run of input until an error and says
where it stopped, and this module calls the error handlers, keeps the
pending bytes / characters of incremental and stream objects, and carries
the codec state (an int, CPython's MultibyteCodec_State read as a
little-endian number).  The encodings.* modules (Debian's, unchanged) build
their classes on these as on CPython's.
"""
import _cjk
import _codecs

_MAXDECPENDING = 8
_MAXENCPENDING = 2


class MultibyteCodec:
    """A codec of _codecs_cn, _codecs_jp, ...: made by __create_codec."""
    __slots__ = ("_name", "_id", "_enc0", "_dec0")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_multibytecodec.MultibyteCodec' instances")

    def encode(self, input, errors=None):
        if not isinstance(input, str):
            input = str(input)
        if errors is None or errors == "strict":
            out, pos, err, state = _cjk.encode(self._id, input, 0, True, self._enc0)
            if not err and state == self._enc0:     # all of it, nothing to reset
                return out, pos
        errors = _check_errors(errors, "encode")
        out, pos, state = _encode(self, input, errors, True, self._enc0)
        return out, len(input)

    def decode(self, input, errors=None):
        data = input if type(input) is bytes else _as_bytes(input)
        if errors is None or errors == "strict":
            text, pos, err, state = _cjk.decode(self._id, data, 0, True, self._dec0)
            if not err:
                return text, pos
        errors = _check_errors(errors, "decode")
        if not data:
            return "", 0
        out, pos, state = _decode(self, data, errors, True, self._dec0)
        return out, len(data)


def _check_errors(errors, what):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str or None, not %s"
                        % (what, type(errors).__name__))
    return errors


def _as_bytes(input):
    if isinstance(input, bytes):
        return input
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(input))


def _make_codec(name):
    cid = _cjk.lookup(name)
    if cid is None:
        raise LookupError("no such codec is supported.")
    codec = object.__new__(MultibyteCodec)
    codec._name = name
    codec._id = cid
    codec._enc0 = _cjk.initstate(cid, True)
    codec._dec0 = _cjk.initstate(cid, False)
    return codec


globals()["__create_codec"] = _make_codec


def _codec_module(names):
    """getcodec and __dir__ for a _codecs_* module serving `names`."""
    def getcodec(encoding, /):
        if not isinstance(encoding, str):
            raise TypeError("encoding name must be a string.")
        if encoding not in names:
            raise LookupError("no such codec is supported.")
        return _make_codec(encoding)

    def __dir__():
        return ["__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__",
                "getcodec"]
    return getcodec, __dir__


def _decode(codec, data, errors, final, state):
    """(text, position reached, state): data decoded until its end, or
    until a sequence cut short by its end when not final."""
    parts = []
    pos, end = 0, len(data)
    exc = None
    mode = 1 if errors == "ignore" else 2 if errors == "replace" else 0
    while True:
        text, pos, err, state = _cjk.decode(codec._id, data, pos, final, state, mode)
        parts.append(text)
        if err == 0:
            break
        if err < 0:
            stop, reason = end, "incomplete multibyte sequence"
        else:
            stop, reason = pos + err, "illegal multibyte sequence"
        if errors == "ignore" or errors == "replace":
            if errors == "replace":
                parts.append("\ufffd")
            pos = stop
        else:
            if exc is None:
                exc = UnicodeDecodeError(codec._name, data, pos, stop, reason)
            else:
                exc.start, exc.end, exc.reason = pos, stop, reason
            if errors == "strict":
                raise exc
            r = _codecs.lookup_error(errors)(exc)
            if (not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], str)
                    or not isinstance(r[1], int)):
                raise TypeError("decoding error handler must return (str, int) tuple")
            parts.append(r[0])
            pos = _new_position(r[1], end)
        if pos >= end:
            break
    return "".join(parts), pos, state


def _new_position(newpos, end):
    if newpos < 0:
        newpos += end
    if newpos < 0 or newpos > end:
        raise IndexError("position %d from error handler out of bounds" % newpos)
    return newpos


def _encode(codec, text, errors, final, state):
    """(bytes, position reached, state); a final run also returns the
    encoder to its initial shift state."""
    parts = []
    pos, end = 0, len(text)
    exc = None
    while pos < end:
        out, pos, err, state = _cjk.encode(codec._id, text, pos, final, state)
        parts.append(out)
        if err == 0:
            break
        stop, reason = pos + err, "illegal multibyte sequence"
        if errors == "ignore" or errors == "replace":
            if errors == "replace":
                out, n, err, state = _cjk.encode(codec._id, "?", 0, True, state)
                parts.append(out if err == 0 else b"?")
            pos = stop
            continue
        if exc is None:
            exc = UnicodeEncodeError(codec._name, text, pos, stop, reason)
        else:
            exc.start, exc.end, exc.reason = pos, stop, reason
        if errors == "strict":
            raise exc
        r = _codecs.lookup_error(errors)(exc)
        if (not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], (str, bytes))
                or not isinstance(r[1], int)):
            raise TypeError("encoding error handler must return (str, int) tuple")
        if isinstance(r[0], str):
            out, state = _encode_replacement(codec, r[0], state)
            parts.append(out)
        else:
            parts.append(r[0])
        pos = _new_position(r[1], end)
    if final:
        out, state = _cjk.reset(codec._id, state)
        parts.append(out)
    return b"".join(parts), pos, state


def _encode_replacement(codec, text, state):
    out, pos, err, state = _cjk.encode(codec._id, text, 0, True, state)
    if err:
        raise UnicodeEncodeError(codec._name, text, pos, pos + err, "illegal multibyte sequence")
    return out, state


def _get_codec(cls):
    codec = getattr(cls, "codec")
    if not isinstance(codec, MultibyteCodec):
        raise TypeError("codec is unexpected type")
    return codec


# What the incremental and stream classes share.  They have no common base
# (their __mro__ is CPython's): the methods are put into each.

def _get_errors(self):
    return self._errors


def _set_errors(self, value):
    if not isinstance(value, str):
        raise TypeError("errors must be a string")
    self._errors = value


def _del_errors(self):
    raise AttributeError("cannot delete attribute")


_errors_property = property(_get_errors, _set_errors, _del_errors, "how to treat errors")


def _parse_errors(errors, what):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s"
                        % (what, type(errors).__name__))
    return errors


def _encoding_setup(self, errors, what):
    self._codec = _get_codec(type(self))
    self._errors = _parse_errors(errors, what)
    self._pending = ""
    self._state = _cjk.initstate(self._codec._id, True)


def _encode_stateful(self, input, final):
    if not isinstance(input, str):
        input = str(input)
        if not isinstance(input, str):
            raise TypeError("couldn't convert the object to str.")
    text = self._pending + input
    out, pos, state = _encode(self._codec, text, self._errors, final, self._state)
    self._state = state
    if pos < len(text):
        if len(text) - pos > _MAXENCPENDING:
            raise UnicodeError("pending buffer overflow")
        self._pending = text[pos:]
    else:
        self._pending = ""
    return out


def _decoding_setup(self, errors, what):
    self._codec = _get_codec(type(self))
    self._errors = _parse_errors(errors, what)
    self._pending = b""
    self._state = _cjk.initstate(self._codec._id, False)


def _feed(self, data, final):
    data = self._pending + data
    self._pending = b""
    out, pos, state = _decode(self._codec, data, self._errors, final, self._state)
    self._state = state
    if pos < len(data):
        if len(data) - pos > _MAXDECPENDING:
            raise UnicodeError("pending buffer overflow")
        self._pending = data[pos:]
    return out


class MultibyteIncrementalEncoder:
    errors = _errors_property
    _setup = _encoding_setup
    _encode_stateful = _encode_stateful

    def __init__(self, errors=None):
        self._setup(errors, "IncrementalEncoder")

    def encode(self, input, final=False):
        return self._encode_stateful(input, bool(final))

    def getstate(self):
        pending = self._pending.encode("utf-8")
        if len(pending) > _MAXENCPENDING * 4:
            raise UnicodeError("pending buffer too large")
        data = bytes([len(pending)]) + pending + self._state.to_bytes(8, "little")
        return int.from_bytes(data, "little")

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError("setstate() argument must be int, not %s" % type(state).__name__)
        data = state.to_bytes(1 + _MAXENCPENDING * 4 + 8, "little")
        if data[0] > _MAXENCPENDING * 4:
            raise UnicodeError("pending buffer too large")
        self._pending = data[1:1 + data[0]].decode("utf-8")
        self._state = int.from_bytes(data[1 + data[0]:9 + data[0]], "little")

    def reset(self):
        out, self._state = _cjk.reset(self._codec._id, self._state)
        self._pending = ""


class MultibyteIncrementalDecoder:
    errors = _errors_property
    _setup = _decoding_setup
    _feed = _feed

    def __init__(self, errors=None):
        self._setup(errors, "IncrementalDecoder")

    def decode(self, input, final=False):
        data = _as_bytes(input)
        saved = self._pending
        try:
            return self._feed(data, bool(final))
        except BaseException:
            self._pending = saved
            raise

    def getstate(self):
        return self._pending, self._state

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("setstate() argument must be tuple, not %s" % type(state).__name__)
        if (len(state) != 2 or not isinstance(state[0], bytes)
                or not isinstance(state[1], int)):
            raise TypeError("setstate(): illegal state argument")
        buffer, statelong = state
        value = statelong.to_bytes(8, "little")
        if len(buffer) > _MAXDECPENDING:
            raise UnicodeError("pending buffer too large")
        self._pending = buffer
        self._state = int.from_bytes(value, "little")

    def reset(self):
        self._state = _cjk.decreset(self._codec._id, self._state)
        self._pending = b""


class MultibyteStreamReader:
    errors = _errors_property
    _setup = _decoding_setup
    _feed = _feed

    def __init__(self, stream, errors=None):
        self._setup(errors, "StreamReader")
        self._stream = stream

    @property
    def stream(self):
        return self._stream

    def _iread(self, method, sizehint):
        if sizehint == 0:
            return ""
        parts = []
        while True:
            data = getattr(self._stream, method)() if sizehint < 0 else \
                getattr(self._stream, method)(sizehint)
            if not isinstance(data, bytes):
                raise TypeError("stream function returned a non-bytes object (%s)"
                                % type(data).__name__)
            eof = not data
            text = self._feed(data, eof or sizehint < 0)
            parts.append(text)
            if sizehint < 0 or text or eof:
                break
            sizehint = 1        # read 1 more byte and retry
        return "".join(parts)

    def read(self, sizeobj=None, /):
        return self._iread("read", _size_arg(sizeobj))

    def readline(self, sizeobj=None, /):
        return self._iread("readline", _size_arg(sizeobj))

    def readlines(self, sizehintobj=None, /):
        return self._iread("read", _size_arg(sizehintobj)).splitlines(True)

    def reset(self):
        self._state = _cjk.decreset(self._codec._id, self._state)
        self._pending = b""


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("arg 1 must be an integer")
    return size


class MultibyteStreamWriter:
    errors = _errors_property
    _setup = _encoding_setup
    _encode_stateful = _encode_stateful

    def __init__(self, stream, errors=None):
        self._setup(errors, "StreamWriter")
        self._stream = stream

    @property
    def stream(self):
        return self._stream

    def write(self, strobj, /):
        self._stream.write(self._encode_stateful(strobj, False))

    def writelines(self, lines, /):
        if not hasattr(type(lines), "__getitem__") or isinstance(lines, dict):
            raise TypeError("arg must be a sequence object")
        i = 0
        while i < len(lines):
            self.write(lines[i])
            i += 1

    def reset(self):
        if not self._pending:
            return
        pending, self._pending = self._pending, ""
        out, pos, self._state = _encode(self._codec, pending, self._errors, True, self._state)
        if out:
            self._stream.write(out)


for _cls in (MultibyteIncrementalEncoder, MultibyteIncrementalDecoder,
             MultibyteStreamReader, MultibyteStreamWriter):
    _cls.__module__ = "_multibytecodec"
del _cls


def __dir__():
    """CPython's module shows its four classes; the helpers above are krait's."""
    return ["MultibyteIncrementalDecoder", "MultibyteIncrementalEncoder",
            "MultibyteStreamReader", "MultibyteStreamWriter", "__create_codec", "__doc__",
            "__file__", "__loader__", "__name__", "__package__", "__spec__"]
