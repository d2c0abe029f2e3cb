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
    return encoding.lower().replace(" ", "_").replace("-", "_")


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
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
    if not _search_path:
        try:
            import encodings
        except LookupError:
            raise
        except Exception:
            # krait: codecs.py does not import yet (CodecInfo subclasses
            # tuple); until it does, the registry is empty.
            pass
    for func in _search_path:
        result = func(norm)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[norm] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[1](obj, errors)
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
    return backslashreplace_errors(exc)


def surrogateescape_errors(exc):
    raise exc


def surrogatepass_errors(exc):
    raise exc


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


# ---- the codecs str.encode and bytes.decode know -----------------------------------

def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _errors(errors):
    return "strict" if errors is None else errors


def utf_8_encode(str, errors=None):
    return (str.encode("utf-8", _errors(errors)), len(str))


def _utf8_cut(data):
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

def _units(str, width, errors, encoding):
    """Code units of str for UTF-16 (width 2) or UTF-32 (width 4)."""
    out = []
    for i in range(len(str)):
        c = ord(str[i])
        if 0xD800 <= c < 0xE000 and errors != "surrogatepass":
            if errors == "ignore":
                continue
            if errors == "replace":
                out.append(0x3F)
                continue
            raise UnicodeEncodeError(encoding, str, i, i + 1, "surrogates not allowed")
        if width == 2 and c >= 0x10000:
            c -= 0x10000
            out.append(0xD800 | (c >> 10))
            out.append(0xDC00 | (c & 0x3FF))
        else:
            out.append(c)
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
        units = _units(str, width, _errors(errors), encoding)
        if bom:
            units = [0xFEFF] + units
        return (_pack(units, width, order), len(str))
    return encode


utf_16_encode = _encoder(2, "little", True, "utf-16")
utf_16_le_encode = _encoder(2, "little", False, "utf-16-le")
utf_16_be_encode = _encoder(2, "big", False, "utf-16-be")
utf_32_encode = _encoder(4, "little", True, "utf-32")
utf_32_le_encode = _encoder(4, "little", False, "utf-32-le")
utf_32_be_encode = _encoder(4, "big", False, "utf-32-be")


def _decode_units(data, width, order, errors, final, encoding):
    """Decode UTF-16/32 code units: (text, bytes consumed)."""
    out = []
    n = len(data)
    i = 0
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
        if errors == "strict":
            raise UnicodeDecodeError(encoding, bytes(data), bad[0], bad[1], bad[2])
        if errors == "replace":
            out.append("\ufffd")
        i = bad[1]
    if final and i < n:
        if errors == "strict":
            raise UnicodeDecodeError(encoding, bytes(data), i, n, "truncated data")
        if errors == "replace":
            out.append("\ufffd")
        i = n
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
        text, used = _decode_units(data[skip:], width, order, _errors(errors), final, encoding)
        return (text, used + skip, byteorder)

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


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes_arg(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = _errors(errors)
    out = []
    for i in range(len(data)):
        b = data[i]
        if isinstance(mapping, str):
            ch = mapping[b] if b < len(mapping) else "\ufffe"
        else:
            ch = mapping.get(b)
            if isinstance(ch, int):
                ch = chr(ch)
        if ch is None or ch == "\ufffe":
            if errors == "strict":
                raise UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            if errors == "replace":
                out.append("\ufffd")
            continue
        out.append(ch)
    return ("".join(out), len(data))


def charmap_encode(str, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    errors = _errors(errors)
    out = bytearray()
    for i in range(len(str)):
        v = mapping.get(ord(str[i]))
        if v is None:
            if errors == "strict":
                raise UnicodeEncodeError("charmap", str, i, i + 1, "character maps to <undefined>")
            if errors == "replace":
                v = mapping.get(ord("?"))
            if v is None:
                continue
        if isinstance(v, int):
            out.append(v)
        else:
            out += v
    return (bytes(out), len(str))


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


def _unescape(text, raw, what):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if not raw and nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt in "xuU" and (not raw or nxt != "x"):
            width = {"x": 2, "u": 4, "U": 8}[nxt]
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise UnicodeDecodeError(what, text.encode("latin-1"), i, min(n, i + 2 + width),
                                         "truncated \\%sXX%s escape" % (nxt, "XX" * (width // 2 - 1)))
            out.append(chr(int(digits, 16)))
            i += 2 + width
        elif not raw and nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        else:
            out.append("\\")
            i += 1
    return "".join(out)


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = bytes(data)
    return (_unescape(data.decode("latin-1"), False, "unicodeescape"), len(data))


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = bytes(data)
    return (_unescape(data.decode("latin-1"), True, "rawunicodeescape"), len(data))


def escape_encode(data, errors=None):
    data = _bytes_arg(data)
    r = repr(data)
    return (r[2:-1].encode("latin-1"), len(data))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = bytes(data)
    text = _unescape(data.decode("latin-1"), False, "escape")
    return (text.encode("latin-1"), len(data))


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    return (data, len(data))


def utf_7_encode(str, errors=None):
    raise LookupError("unknown encoding: utf-7")


utf_7_decode = utf_7_encode


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
