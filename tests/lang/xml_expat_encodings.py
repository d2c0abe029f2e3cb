# pyexpat: input encodings (declared, forced, single-byte codecs)
from xml.parsers import expat


def text_of(data, **kw):
    got = []
    p = expat.ParserCreate(**kw)
    p.CharacterDataHandler = got.append
    p.StartElementHandler = lambda n, a: got.append((n, a))
    try:
        p.Parse(data, True)
        return "".join(x if isinstance(x, str) else repr(x) for x in got)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


doc = "<a t='\u00e9t\u00e9'>caf\u00e9 \u00fc</a>"
print(text_of(doc.encode("utf-8")))
print(text_of(doc.encode("latin-1")))          # not UTF-8: an error
print(text_of(doc.encode("latin-1"), encoding="iso-8859-1"))
print(text_of(b"<?xml version='1.0' encoding='ISO-8859-1'?>" + doc.encode("latin-1")))
print(text_of(doc.encode("utf-16")))
print(text_of(doc.encode("utf-16-le"), encoding="utf-16-le"))
print(text_of(b"<?xml version='1.0' encoding='us-ascii'?><a>plain</a>"))

# codecs libexpat does not know come from Python's single-byte codecs
for enc in ("cp1252", "iso8859-15", "koi8-r", "cp437", "mac-roman"):
    src = "<?xml version='1.0' encoding='%s'?><a>\u00e9\u20ac</a>" % enc
    data = src.encode(enc, "xmlcharrefreplace")
    print(enc, ascii(text_of(data)))
print(text_of(b"<?xml version='1.0' encoding='cp1252'?><a>\x80\x81</a>"))
print(text_of(b"<?xml version='1.0' encoding='utf-7'?><a>x</a>"))
print(text_of(b"<?xml version='1.0' encoding='no-such-codec'?><a>x</a>"))
print(text_of(b"<a>\x80</a>", encoding="cp1252"))

# a str is always parsed as UTF-8
print(text_of("<?xml version='1.0' encoding='utf-16'?><a>\u4e2d\u6587</a>"))
print(text_of("<a>\ud800</a>"))

# bytes-like objects
print(text_of(bytearray(b"<a>ba</a>")))
print(text_of(memoryview(b"<a>mv</a>")))
for bad in (42, None, ["<a/>"]):
    try:
        expat.ParserCreate().Parse(bad, True)
    except TypeError as e:
        print("TypeError", e)
