# pyexpat: the parser object -- ParseFile, positions, intern, input context, attributes
import io
import pyexpat
from xml.parsers import expat

print(type(expat.ParserCreate()).__name__, expat.XMLParserType, pyexpat.xmlparser
      if hasattr(pyexpat, "xmlparser") else "no xmlparser attr")
print(pyexpat.version_info >= (2, 0, 0), pyexpat.EXPAT_VERSION.startswith("expat_"),
      pyexpat.native_encoding, [f[0] for f in pyexpat.features][:2])
print(sorted(n for n in dir(expat.ParserCreate()) if not n.startswith("_")))
try:
    expat.XMLParserType()
except TypeError as e:
    print("TypeError", e)

# ParseFile reads in chunks from any object with read()
data = b"<root>" + b"".join(b"<i n='%d'>%d</i>" % (i, i * i) for i in range(500)) + b"</root>"
count = [0, 0]
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: count.__setitem__(0, count[0] + 1)
p.CharacterDataHandler = lambda t: count.__setitem__(1, count[1] + len(t))
print(p.ParseFile(io.BytesIO(data)), count)


class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.sizes = []

    def read(self, n):
        self.sizes.append(n)
        return self.chunks.pop(0) if self.chunks else b""


r = Reader([b"<a>", b"text", b"</a>"])
p = expat.ParserCreate()
print(p.ParseFile(r), r.sizes)
for bad in (object(), Reader(["<a/>"]), Reader([b"x" * 5000]), 42):
    try:
        expat.ParserCreate().ParseFile(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    expat.ParserCreate().ParseFile(io.BytesIO(b"<a><b></a>"))
except expat.ExpatError as e:
    print("ExpatError", e)

# positions seen from handlers
pos = []
p = expat.ParserCreate()


def where(*args):
    pos.append((args[0], p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber))


p.StartElementHandler = where
p.EndElementHandler = where
p.Parse(b"<a>\n <b>\n  <c/>\n </b>\n</a>", True)
print(pos)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode)

# GetInputContext is the bytes around the current event, inside handlers only
ctx = []
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext())
p.Parse(b"<doc><x/><y attr='v'/></doc>", True)
print(ctx, p.GetInputContext())

# the intern dict
p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
p.EndElementHandler = names.append
p.Parse(b"<e> <e/> <e></e> </e>", True)
print(len(names), all(n is names[0] for n in names), p.intern)
shared = {}
p = expat.ParserCreate(intern=shared)
p.Parse(b"<q r='1'/>", True)
print(p.intern is shared, shared)
p = expat.ParserCreate(intern=None)
print(p.intern)

# attribute errors
p = expat.ParserCreate()
for name in ("NoSuchHandler", "returns_unicode"):
    try:
        getattr(p, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    p.NoSuchHandler = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.ErrorCode = 1
except AttributeError as e:
    print("AttributeError")
try:
    p.Parse()
except TypeError as e:
    print("TypeError", e)
try:
    p.SetBase(5)
except TypeError as e:
    print("TypeError", e)
p.StartElementHandler = "not callable"
try:
    p.Parse(b"<a/>", True)
except TypeError as e:
    print("TypeError", e)
