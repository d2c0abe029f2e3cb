"""_codecs -- krait's codec registry and the built-in codecs, in Python.

codecs.py and the encodings package (both unchanged from CPython) build on
this module: register/lookup keep the search functions and a cache, and
the *_encode/*_decode functions return (result, length consumed) as
CPython's do.  UTF-8, ASCII and Latin-1 go through str.encode and
bytes.decode (C); UTF-16/32 and the charmap codecs are written here.
Error handlers other than strict/ignore/replace (and what bytes.decode and
str.encode support natively) are looked up but need UnicodeError's
start/end attributes, which krait's exceptions do not carry yet.
"""

_search_path = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    """CPython's _Py_normalize_encoding: ASCII letters, digits and dots,
    lowercased; each run of anything else one underscore, none at the
    ends."""
    out = []
    punct = False
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == "."):
            if punct and out:
                out.append("_")
            punct = False
            out.append(ch.lower())
        else:
            punct = True
    return "".join(out)


_encodings_loaded = False


def _load_encodings():
    """Import the encodings package once, before any other search function
    is registered or used: CPython imports it at start-up, so its search
    function comes first."""
    global _encodings_loaded
    if _encodings_loaded:
        return
    _encodings_loaded = True
    try:
        import encodings
    except LookupError:
        raise
    except Exception:
        pass


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _load_encodings()
    _search_path.append(search_function)


def unregister(search_function):
    for i in range(len(_search_path)):
        if _search_path[i] is search_function:
            del _search_path[i]
            _cache.clear()
            return


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    _load_encodings()
    for func in _search_path:
        result = func(norm)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[norm] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


# Exceptions whose instances hold more than args: never re-created.
_NOT_SIMPLE = (OSError, ImportError, StopIteration, SystemExit, SyntaxError, NameError,
               AttributeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
               BaseExceptionGroup)


def _wrap_codec_error(exc, operation, encoding):
    """CPython's wrap_codec_error: the same exception type saying which codec
    failed, or None when exc cannot be re-created from a message alone."""
    t = type(exc)
    if isinstance(exc, _NOT_SIMPLE):
        return None
    for k in t.__mro__:
        if k.__module__ == "builtins":
            break
        if "__init__" in k.__dict__ or "__new__" in k.__dict__:
            return None
    if getattr(exc, "__dict__", None):
        return None
    args = exc.args
    if len(args) > 1 or (args and not isinstance(args[0], str)):
        return None
    try:
        return t("%s with '%s' codec failed (%s: %s)" % (operation, encoding, t.__name__, exc))
    except Exception:
        return None


def _call_codec(fn, obj, errors, operation, encoding):
    """fn(obj, errors), a failure reported as CPython's codec machinery does."""
    try:
        return fn(obj, errors)
    except Exception as exc:
        new = _wrap_codec_error(exc, operation, encoding)
        if new is None:
            raise
        raise new from exc


def encode(obj, encoding="utf-8", errors="strict"):
    result = _call_codec(lookup(encoding)[0], obj, errors, "encoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = _call_codec(lookup(encoding)[1], obj, errors, "decoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# ---- error handlers ------------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    return ("", exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    return ("\ufffd", exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for ch in exc.object[exc.start:exc.end]:
        c = ord(ch)
        out.append("\\x%02x" % c if c < 0x100 else "\\u%04x" % c if c < 0x10000 else "\\U%08x" % c)
    return ("".join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    return ("".join("&#%d;" % ord(ch) for ch in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for ch in exc.object[exc.start:exc.end]:
        try:
            out.append("\\N{%s}" % unicodedata.name(ch))
        except ValueError:
            c = ord(ch)
            out.append("\\x%02x" % c if c < 0x100 else "\\u%04x" % c if c < 0x10000 else "\\U%08x" % c)
    return ("".join(out), exc.end)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end][:4]
        n = 0
        while n < len(bad) and bad[n] >= 128:   # escapes the leading non-ASCII bytes
            n += 1
        if not n:
            raise exc
        return ("".join(chr(0xDC00 + b) for b in bad[:n]), exc.start + n)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xDC80 <= c <= 0xDCFF:
                raise exc
            out.append(c - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _standard_encoding(name):
    """CPython's get_standard_encoding: (unit width, byte order) of a UTF codec, or None."""
    n = name.lower().replace("_", "-")
    if n.startswith("utf-"):
        n = n[4:]
    elif n.startswith("utf"):
        n = n[3:]
    else:
        return None
    return {"8": (3, None), "16": (2, "little"), "16-le": (2, "little"), "16le": (2, "little"),
            "16-be": (2, "big"), "16be": (2, "big"), "32": (4, "little"),
            "32-le": (4, "little"), "32le": (4, "little"), "32-be": (4, "big"),
            "32be": (4, "big")}.get(n)


def surrogatepass_errors(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    std = _standard_encoding(exc.encoding)
    if std is None:
        raise exc
    width, order = std
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xD800 <= c <= 0xDFFF:
                raise exc
            if width == 3:
                out += bytes([0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)])
            else:
                out += _to_bytes(c, width, order)
        return (bytes(out), exc.end)
    p = exc.object[exc.start:exc.start + width]
    c = 0
    if len(p) == width:
        if width == 3:
            if p[0] & 0xF0 == 0xE0 and p[1] & 0xC0 == 0x80 and p[2] & 0xC0 == 0x80:
                c = ((p[0] & 0x0F) << 12) + ((p[1] & 0x3F) << 6) + (p[2] & 0x3F)
        else:
            c = _from_bytes(p, order)
    if not 0xD800 <= c <= 0xDFFF:
        raise exc
    return (chr(c), exc.start + width)


_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors, "surrogateescape": surrogateescape_errors,
    "surrogatepass": surrogatepass_errors,
}


def register_error(errors, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- any error handler for the built-in codecs ----------------------------------------
# str.encode / bytes.decode handle strict, ignore, replace, surrogateescape,
# backslashreplace and xmlcharrefreplace in C (objects/bytes_codec.c); for
# any other handler (surrogatepass, namereplace, a registered one) they
# come here.  The C codec, run strictly, still finds each error and its
# range; the handler's answer is spliced in and decoding goes on.

def _builtin_decode(encoding, data, errors):
    out = []
    i = 0
    n = len(data)
    while i < n:
        try:
            out.append(data[i:].decode(encoding))
            break
        except UnicodeDecodeError as e:
            out.append(data[i:i + e.start].decode(encoding))
            rep, i = _decode_handler(errors, e.encoding, data, i + e.start, i + e.end, e.reason)
            out.append(rep)
    return "".join(out)


def _builtin_encode(encoding, text, errors):
    out = []
    i = 0
    n = len(text)
    while i < n:
        try:
            out.append(text[i:].encode(encoding))
            break
        except UnicodeEncodeError as e:
            start, end = i + e.start, i + e.end
            out.append(text[i:start].encode(encoding))
            rep, i = _encode_handler(errors, e.encoding, text, start, end, e.reason)
            if isinstance(rep, str):
                limit = 0x100 if e.encoding == "latin-1" else 0x80
                if any(ord(ch) >= limit for ch in rep):
                    raise UnicodeEncodeError(e.encoding, text, start, end, e.reason)
                rep = rep.encode("latin-1")
            out.append(rep)
    return b"".join(out)


# ---- the codecs str.encode and bytes.decode know -----------------------------------

def _bytes_arg(data):
    if type(data) is bytes:
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _errors(errors):
    return "strict" if errors is None else errors


def utf_8_encode(str, errors=None):
    return (str.encode("utf-8", _errors(errors)), len(str))


def _utf8_cut(data):
    """Where an incremental decode stops: before a trailing sequence that is
    a valid beginning of a character (CPython's ranges: E0 A0.., ED ..9F,
    F0 90.., F4 ..8F), so the next call completes it; anything else is
    decoded now and so fails now."""
    n = len(data)
    for i in range(n - 1, max(n - 4, 0) - 1, -1):
        c = data[i]
        if c < 0x80:
            return n
        if c < 0xC0:
            continue
        need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
        if c < 0xC2 or c > 0xF4 or n - i >= need:
            return n
        if c == 0xED and n - i == 2 and 0xA0 <= data[i + 1] <= 0xBF:
            return i            # a truncated surrogate: surrogatepass may want it whole
        if n - i > 1:
            lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                      0xF4: (0x80, 0x8F)}.get(c, (0x80, 0xBF))
            if not lo <= data[i + 1] <= hi:
                return n
            if any(not 0x80 <= b <= 0xBF for b in data[i + 2:]):
                return n
        return i
    return n


def utf_8_decode(data, errors=None, final=False):
    data = _bytes_arg(data)
    n = len(data) if final else _utf8_cut(data)
    return (data[:n].decode("utf-8", _errors(errors)), n)


def ascii_encode(str, errors=None):
    return (str.encode("ascii", _errors(errors)), len(str))


def ascii_decode(data, errors=None):
    data = _bytes_arg(data)
    return (data.decode("ascii", _errors(errors)), len(data))


def latin_1_encode(str, errors=None):
    return (str.encode("latin-1", _errors(errors)), len(str))


def latin_1_decode(data, errors=None):
    data = _bytes_arg(data)
    return (data.decode("latin-1", _errors(errors)), len(data))


# ---- UTF-16 and UTF-32 ---------------------------------------------------------------

def _encode_handler(errors, encoding, text, start, end, reason):
    """Call the error handler for text[start:end]: (bytes or ASCII str, resume position)."""
    exc = UnicodeEncodeError(encoding, text, start, end, reason)
    res = lookup_error(errors)(exc)
    if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], (str, bytes))
            or not isinstance(res[1], int)):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    rep, pos = res
    if pos < 0:
        pos += len(text)
    if not 0 <= pos <= len(text):
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _units(str, width, errors, encoding, order="little"):
    """UTF-16 (width 2) or UTF-32 (width 4) bytes of str, in byte order order."""
    text = str
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        c = ord(text[i])
        if 0xD800 <= c < 0xE000:
            rep, i = _encode_handler(errors, encoding, text, i, i + 1, "surrogates not allowed")
            if isinstance(rep, bytes):
                if len(rep) % width:
                    raise UnicodeEncodeError(encoding, text, i - 1, i, "surrogates not allowed")
                out += rep
            else:
                for ch in rep:
                    if ord(ch) >= 128:
                        raise UnicodeEncodeError(encoding, text, i - 1, i, "surrogates not allowed")
                    out += _to_bytes(ord(ch), width, order)
            continue
        if width == 2 and c >= 0x10000:
            c -= 0x10000
            out += _to_bytes(0xD800 | (c >> 10), 2, order)
            out += _to_bytes(0xDC00 | (c & 0x3FF), 2, order)
        else:
            out += _to_bytes(c, width, order)
        i += 1
    return out


def _to_bytes(u, width, order):
    out = bytearray(width)
    for k in range(width):
        out[k] = (u >> (8 * k)) & 0xFF
    if order == "big":
        out.reverse()
    return bytes(out)


def _from_bytes(b, order):
    v = 0
    if order == "little":
        for k in range(len(b) - 1, -1, -1):
            v = (v << 8) | b[k]
    else:
        for k in range(len(b)):
            v = (v << 8) | b[k]
    return v


def _pack(units, width, order):
    return b"".join([_to_bytes(u, width, order) for u in units])


def _encoder(width, order, bom, encoding):
    def encode(str, errors=None, byteorder=0):
        out = _units(str, width, _errors(errors), encoding, order)
        if bom:
            out[0:0] = _to_bytes(0xFEFF, width, order)
        return (bytes(out), len(str))
    return encode


utf_16_encode = _encoder(2, "little", True, "utf-16")
utf_16_le_encode = _encoder(2, "little", False, "utf-16-le")
utf_16_be_encode = _encoder(2, "big", False, "utf-16-be")
utf_32_encode = _encoder(4, "little", True, "utf-32")
utf_32_le_encode = _encoder(4, "little", False, "utf-32-le")
utf_32_be_encode = _encoder(4, "big", False, "utf-32-be")


def _decode_units(data, width, order, errors, final, encoding, i=0):
    """Decode UTF-16/32 code units from data[i:]: (text, position reached)."""
    data = bytes(data)
    out = []
    n = len(data)
    while i + width <= n:
        c = _from_bytes(data[i:i + width], order)
        if width == 2 and 0xD800 <= c < 0xDC00:
            if i + 4 > n:
                if not final:
                    break
                bad = (i, n, "unexpected end of data")
            else:
                c2 = _from_bytes(data[i + 2:i + 4], order)
                if 0xDC00 <= c2 < 0xE000:
                    out.append(chr(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)))
                    i += 4
                    continue
                bad = (i, i + 2, "illegal UTF-16 surrogate")
        elif width == 2 and 0xDC00 <= c < 0xE000:
            bad = (i, i + 2, "illegal encoding")
        elif width == 4 and (c > 0x10FFFF or 0xD800 <= c < 0xE000):
            bad = (i, i + 4, "code point not in range(0x110000)"
                   if c > 0x10FFFF else "code point in surrogate code point range(0xd800, 0xe000)")
        else:
            out.append(chr(c))
            i += width
            continue
        rep, i = _decode_handler(errors, encoding, data, bad[0], bad[1], bad[2])
        out.append(rep)
    if final and i < n:
        rep, i = _decode_handler(errors, encoding, data, i, n, "truncated data")
        out.append(rep)
        if i < n:
            text, i = _decode_units(data, width, order, errors, final, encoding, i)
            out.append(text)
    return "".join(out), i


def _decoder(width, order, encoding):
    def decode(data, errors=None, final=False):
        return _decode_units(_bytes_arg(data), width, order, _errors(errors), final, encoding)
    return decode


utf_16_le_decode = _decoder(2, "little", "utf-16-le")
utf_16_be_decode = _decoder(2, "big", "utf-16-be")
utf_32_le_decode = _decoder(4, "little", "utf-32-le")
utf_32_be_decode = _decoder(4, "big", "utf-32-be")


def _ex_decoder(width, encoding):
    bom_le = _to_bytes(0xFEFF, width, "little")
    bom_be = _to_bytes(0xFEFF, width, "big")

    def decode_ex(data, errors=None, byteorder=0, final=False):
        data = _bytes_arg(data)
        skip = 0
        if byteorder == 0:
            if len(data) < width and not final:
                return ("", 0, 0)
            if data[:width] == bom_le:
                byteorder, skip = -1, width
            elif data[:width] == bom_be:
                byteorder, skip = 1, width
        order = "big" if byteorder > 0 else "little"
        text, used = _decode_units(data, width, order, _errors(errors), final, encoding, skip)
        return (text, used, byteorder)

    def decode(data, errors=None, final=False):
        text, used, _ = decode_ex(data, errors, 0, final)
        return (text, used)
    return decode_ex, decode


utf_16_ex_decode, utf_16_decode = _ex_decoder(2, "utf-16")
utf_32_ex_decode, utf_32_decode = _ex_decoder(4, "utf-32")


# ---- charmap codecs (cp1252, koi8_r, mac_roman, ...) ------------------------------------

def charmap_build(decoding_table):
    m = {}
    for i in range(len(decoding_table)):
        m[ord(decoding_table[i])] = i
    return m


def _charmap_lookup(mapping, b):
    """What mapping says byte b decodes to: a str, or None for undefined."""
    if isinstance(mapping, str):
        ch = mapping[b] if b < len(mapping) else None
    else:
        try:
            ch = mapping[b]
        except LookupError:
            return None
        if isinstance(ch, int):
            if not 0 <= ch < 0x110000:
                raise TypeError("character mapping must be in range(0x110000)")
            ch = chr(ch)
        elif ch is not None and not isinstance(ch, str):
            raise TypeError("character mapping must return integer, None or str")
    return None if ch == "\ufffe" else ch


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes_arg(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = _errors(errors)
    out = []
    i, n = 0, len(data)
    while i < n:
        ch = _charmap_lookup(mapping, data[i])
        if ch is None:
            rep, i = _decode_handler(errors, "charmap", data, i, i + 1,
                                     "character maps to <undefined>")
            out.append(rep)
            continue
        out.append(ch)
        i += 1
    return ("".join(out), n)


def _charmap_encode_one(mapping, ch):
    """The bytes mapping gives character ch, or None when undefined."""
    try:
        v = mapping[ord(ch)]
    except LookupError:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes([v])
    if v is None or isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(v).__name__)


def charmap_encode(str, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    errors = _errors(errors)
    out = bytearray()
    i, n = 0, len(str)
    while i < n:
        b = _charmap_encode_one(mapping, str[i])
        if b is not None:
            out += b
            i += 1
            continue
        end = i + 1
        while end < n and _charmap_encode_one(mapping, str[end]) is None:
            end += 1
        rep, pos = _encode_handler(errors, "charmap", str, i, end,
                                   "character maps to <undefined>")
        if isinstance(rep, bytes):
            out += rep
        else:
            for k, ch in enumerate(rep):
                b = _charmap_encode_one(mapping, ch)
                if b is None:
                    raise UnicodeEncodeError("charmap", str, i, end,
                                             "character maps to <undefined>")
                out += b
        i = pos
    return (bytes(out), n)


# ---- escape codecs ---------------------------------------------------------------------

def _escape_char(c):
    if c < 0x100:
        return "\\x%02x" % c
    if c < 0x10000:
        return "\\u%04x" % c
    return "\\U%08x" % c


def unicode_escape_encode(str, errors=None):
    out = []
    for ch in str:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append(_escape_char(c))
    return ("".join(out).encode("ascii"), len(str))


def raw_unicode_escape_encode(str, errors=None):
    out = []
    for ch in str:
        c = ord(ch)
        out.append(ch if c < 0x100 else _escape_char(c))
    return ("".join(out).encode("latin-1"), len(str))


_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\n": ""}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_ESCAPE_WIDTH = {"x": 2, "u": 4, "U": 8}


def _warn_invalid_escape(first_invalid):
    """CPython's DeprecationWarning for the first unknown escape, or an
    octal escape past \\377, in the caller's line."""
    import warnings
    if len(first_invalid) == 3:
        msg = "invalid octal escape sequence '\\%s'" % first_invalid
    else:
        msg = "invalid escape sequence '\\%s'" % first_invalid
    warnings.warn(msg, DeprecationWarning, stacklevel=3)


def _named_char(text, i, n):
    """\\N{name} at text[i]: (char or None, end, complete); complete is
    False when the input stops before the closing brace."""
    if i + 2 >= n:
        return None, n, False
    if text[i + 2] != "{":
        return None, i + 2, True
    close = text.find("}", i + 3)
    if close < 0:
        return None, n, False
    if close == i + 3:
        return None, close, True
    import unicodedata
    try:
        ch = unicodedata.lookup(text[i + 3:close])
    except KeyError:
        ch = None
    return (ch if ch is not None and len(ch) == 1 else None), close + 1, True


def _unescape(data, errors, final, raw, what):
    """(str, bytes consumed) for unicode_escape or raw_unicode_escape, as
    CPython's decoders: an escape cut off by the end of the input waits
    for more unless final; malformed ones go to the error handler."""
    errors = _errors(errors)
    text = data.decode("latin-1")
    out = []
    i, n = 0, len(text)
    first_invalid = None
    while i < n:
        ch = text[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            if not final:
                break
            if raw:
                out.append("\\")
                i += 1
                continue
            rep, i = _decode_handler(errors, what, data, start, n, "\\ at end of string")
            out.append(rep)
            continue
        c = text[i + 1]
        if raw and c not in "uU":
            out.append("\\" + c)
            i += 2
            continue
        if not raw and c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
            continue
        if not raw and c in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            value = int(text[i + 1:j], 8)
            if value > 0o377 and first_invalid is None:
                first_invalid = text[i + 1:j]
            out.append(chr(value))
            i = j
            continue
        if not raw and c == "N":
            named, end, complete = _named_char(text, i, n)
            if not complete and not final:
                break
            if named is not None:
                out.append(named)
                i = end
                continue
            reason = ("unknown Unicode character name" if complete and end > i + 2 and
                      text[end - 1] == "}" else "malformed \\N character escape")
            rep, i = _decode_handler(errors, what, data, start, end, reason)
            out.append(rep)
            continue
        if c in _ESCAPE_WIDTH:
            width = _ESCAPE_WIDTH[c]
            j = i + 2
            while j < n and j < i + 2 + width and text[j] in _HEX_DIGITS:
                j += 1
            if j < i + 2 + width:
                if j == n and not final:
                    break
                reason = "truncated \\%sXX%s escape" % (c, "XX" * (width // 2 - 1))
                rep, i = _decode_handler(errors, what, data, start, j, reason)
                out.append(rep)
                continue
            value = int(text[i + 2:j], 16)
            if value > 0x10FFFF:
                reason = "\\Uxxxxxxxx out of range" if raw else "illegal Unicode character"
                rep, i = _decode_handler(errors, what, data, start, j, reason)
                out.append(rep)
                continue
            out.append(chr(value))
            i = j
            continue
        if first_invalid is None:
            first_invalid = c
        out.append("\\" + c)
        i += 2
    if first_invalid is not None:
        _warn_invalid_escape(first_invalid)
    return "".join(out), i


def _escape_arg(data):
    if isinstance(data, str):
        return data.encode("latin-1")
    return _bytes_arg(data)


def unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_escape_arg(data), errors, final, False, "unicodeescape")


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_escape_arg(data), errors, final, True, "rawunicodeescape")


def escape_encode(data, errors=None):
    if type(data) is not bytes:
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % type(data).__name__)
    out = []
    for c in data:
        if c in (0x27, 0x5C):
            out.append("\\" + chr(c))
        elif c == 9:
            out.append("\\t")
        elif c == 10:
            out.append("\\n")
        elif c == 13:
            out.append("\\r")
        elif c < 32 or c >= 127:
            out.append("\\x%02x" % c)
        else:
            out.append(chr(c))
    return ("".join(out).encode("ascii"), len(data))


def escape_decode(data, errors=None):
    """bytes escapes, as CPython's _PyBytes_DecodeEscape: errors only
    "strict", "replace" (a '?') or "ignore", for bad \\x escapes."""
    data = data.encode("utf-8") if isinstance(data, str) else _bytes_arg(data)
    out = bytearray()
    i, n = 0, len(data)
    first_invalid = None
    while i < n:
        c = data[i]
        if c != 0x5C:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        e = chr(data[i])
        i += 1
        if e in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[e].encode("latin-1")
        elif e in "01234567":
            j = i - 1
            while i < n and i < j + 3 and chr(data[i]) in "01234567":
                i += 1
            value = int(data[j:i], 8)
            if value > 0o377 and first_invalid is None:
                first_invalid = data[j:i].decode("ascii")
            out.append(value & 0xFF)
        elif e == "x":
            if i + 1 < n and chr(data[i]) in _HEX_DIGITS and chr(data[i + 1]) in _HEX_DIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
                continue
            if errors is None or errors == "strict":
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            if errors == "replace":
                out.append(0x3F)
            elif errors != "ignore":
                raise ValueError("decoding error; unknown error handling code: " + errors)
            if i < n and chr(data[i]) in _HEX_DIGITS:
                i += 1
        else:
            if first_invalid is None:
                first_invalid = e
            out.append(0x5C)
            i -= 1          # the character after the backslash stands for itself
    if first_invalid is not None:
        _warn_invalid_escape(first_invalid)
    return (bytes(out), n)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        return (data.encode("utf-8"), len(data.encode("utf-8")))
    data = _bytes_arg(data)
    return (data, len(data))


# ---- UTF-7 (RFC 2152), as CPython's unicodeobject.c ----------------------------

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_FROM_B64 = {c: i for i, c in enumerate(_B64)}
# ASCII the encoder must base64: controls but tab/newline/return, '+', '\\', '~', DEL
_UTF7_SPECIAL = frozenset([*range(0, 9), 11, 12, *range(14, 32), 0x2B, 0x5C, 0x7E, 0x7F])


def _utf7_direct(c):
    return 0 < c < 128 and c not in _UTF7_SPECIAL


def _decode_handler(errors, encoding, data, start, end, reason):
    """Call the error handler for bytes data[start:end]: (replacement, resume position)."""
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    res = lookup_error(errors)(exc)
    if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str)
            or not isinstance(res[1], int)):
        raise TypeError("decoding error handler must return (str, int) tuple")
    rep, pos = res
    if pos < 0:
        pos += len(data)
    if not 0 <= pos <= len(data):
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def utf_7_encode(str, errors=None):
    text = str
    if not isinstance(text, type("")):
        raise TypeError("utf_7_encode() argument 1 must be str, not %s" % type(text).__name__)
    out = bytearray()
    in_shift = False
    bits = buf = 0
    for ch in text:
        c = ord(ch)
        if in_shift:
            if _utf7_direct(c):
                if bits:
                    out.append(_B64[(buf << (6 - bits)) & 0x3F])
                    bits = buf = 0
                in_shift = False
                # a base64 character or '-' right after would be read as part of the shift
                if c in _FROM_B64 or c == 0x2D:
                    out.append(0x2D)
                out.append(c)
                continue
        elif c == 0x2B:
            out += b"+-"
            continue
        elif _utf7_direct(c):
            out.append(c)
            continue
        else:
            out.append(0x2B)
            in_shift = True
        units = (c,) if c < 0x10000 else (0xD800 | ((c - 0x10000) >> 10), 0xDC00 | (c & 0x3FF))
        for u in units:
            bits += 16
            buf = (buf << 16) | u
            while bits >= 6:
                out.append(_B64[(buf >> (bits - 6)) & 0x3F])
                bits -= 6
            buf &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buf << (6 - bits)) & 0x3F])
    if in_shift:
        out.append(0x2D)
    return (bytes(out), len(text))


def utf_7_decode(data, errors=None, final=False):
    data = _bytes_arg(data)
    errors = _errors(errors)
    out = []                    # pieces of text; a shift sequence starts at out[shift_start]
    n = len(data)
    i = start = shift_start = 0
    in_shift = False
    bits = buf = surrogate = 0
    while True:
        while i < n:
            ch = data[i]
            reason = None
            if in_shift:
                if ch in _FROM_B64:
                    buf = (buf << 6) | _FROM_B64[ch]
                    bits += 6
                    i += 1
                    if bits >= 16:
                        unit = buf >> (bits - 16)
                        bits -= 16
                        buf &= (1 << bits) - 1
                        if surrogate:
                            if 0xDC00 <= unit <= 0xDFFF:
                                out.append(chr(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00)))
                                surrogate = 0
                                continue
                            out.append(chr(surrogate))
                            surrogate = 0
                        if 0xD800 <= unit <= 0xDBFF:
                            surrogate = unit
                        else:
                            out.append(chr(unit))
                    continue
                in_shift = False            # leaving base64
                if bits >= 6:
                    i += 1
                    reason = "partial character in shift sequence"
                elif bits > 0 and buf != 0:
                    i += 1
                    reason = "non-zero padding bits in shift sequence"
                else:
                    if surrogate and ch <= 127 and ch != 0x2B:
                        out.append(chr(surrogate))
                    surrogate = 0
                    if ch == 0x2D:          # '-' is absorbed
                        i += 1
                    continue
            elif ch == 0x2B:
                start = i
                i += 1
                if i < n and data[i] == 0x2D:
                    i += 1
                    out.append("+")
                    continue
                if i < n and data[i] not in _FROM_B64:
                    i += 1
                    reason = "ill-formed sequence"
                else:
                    in_shift = True
                    surrogate = bits = buf = 0
                    shift_start = len(out)
                    continue
            elif ch <= 127:
                out.append(chr(ch))
                i += 1
                continue
            else:
                start = i
                i += 1
                reason = "unexpected special character"
            rep, i = _decode_handler(errors, "utf7", data, start, i, reason)
            out.append(rep)
        if in_shift and final:
            in_shift = False
            if surrogate or bits >= 6 or (bits > 0 and buf != 0):
                rep, i = _decode_handler(errors, "utf7", data, start, n, "unterminated shift sequence")
                out.append(rep)
                if i < n:
                    continue
        break
    if final:
        return ("".join(out), n)
    if in_shift:
        del out[shift_start:]
        return ("".join(out), start)
    return ("".join(out), i)


# CPython's codec functions are builtins, which do not bind as methods:
# encodings/*.py store them as class attributes (IncrementalDecoder's
# _buffer_decode = codecs.utf_16_le_decode) and call them unbound.  As
# staticmethod objects (callable since 3.10) these Python ones do the same.
# (Added by the io helper: TextIOWrapper reads utf-16-le etc. through them.)
for _name, _value in list(globals().items()):
    if (_name.endswith("_encode") or _name.endswith("_decode")) and callable(_value) \
            and not _name.startswith("_"):
        globals()[_name] = staticmethod(_value)
del _name, _value
