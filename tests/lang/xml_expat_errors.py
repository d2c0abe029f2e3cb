# pyexpat: ExpatError, its attributes, the errors module, handler exceptions
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors


def parse(data, final=True, parser=None):
    p = parser or expat.ParserCreate()
    try:
        print("ok", p.Parse(data, final))
    except expat.ExpatError as e:
        print(type(e).__name__, e, "| code", e.code, "lineno", e.lineno, "offset", e.offset)
        print("  ", errors.messages[e.code], p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
    except LookupError as e:
        print(type(e).__name__, e)
    return p


parse(b"<a><b></a>")
parse(b"<a>\n  <b>\n</c>")
parse(b"")
parse(b"<")
parse(b"\0\r\n")
parse(b"<a></a><b/>")
parse(b"<a x='1' x='2'/>")
parse(b"<a>&undefined;</a>")
parse(b"<a>&#0;</a>")
parse(b"<?xml version='1.0' encoding='bogus-enc'?><a/>")
parse(b"<a><![CDATA[never closed</a>")
parse(b"<a>\xff\xfe</a>")
p = parse(b"<a/>")
parse(b"<b/>", parser=p)     # parsing finished

print(expat.error is expat.ExpatError, pyexpat.ExpatError.__module__,
      expat.ExpatError.__mro__)
print(errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_SYNTAX])
print(errors.messages[errors.codes[errors.XML_ERROR_TAG_MISMATCH]])
print(sorted(errors.messages)[:5], len(errors.codes) == len(errors.messages))
print(expat.ErrorString(1), expat.ErrorString(9), expat.ErrorString(0), expat.ErrorString(10000))
e = expat.ExpatError("custom")
print(e, e.args, hasattr(e, "code"))


# an exception in a handler stops the parse and propagates
class Stop(Exception):
    pass


def boom(name, attrs):
    seen.append(name)
    raise Stop(name)


seen = []
p = expat.ParserCreate()
p.StartElementHandler = boom
p.EndElementHandler = lambda n: seen.append("end " + n)
try:
    p.Parse(b"<a><b><c/></b></a>", True)
except Stop as e:
    print("Stop", e, seen)
# the handlers are gone afterwards
print(p.StartElementHandler, p.EndElementHandler)

# character data handler raising, with buffering
def chars(t):
    raise ValueError("chars %d" % len(t))


p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = chars
try:
    p.Parse(b"<s>" + b"a" * 1025 + b"</s>", True)
except ValueError as e:
    print("ValueError", e)

p = expat.ParserCreate()
p.CharacterDataHandler = chars
try:
    p.Parse("<?xml version='1.0' encoding='iso8859'?><s>%s</s>".encode("iso8859") % (b"a" * 1025), True)
except Exception as e:
    print(type(e).__name__, e)

# a handler returning a non-int where an int is needed
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: "no"
try:
    p.Parse(b"<!DOCTYPE a SYSTEM 'x.dtd'><a/>", True)
except Exception as e:
    print(type(e).__name__, e)
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: 0
parse(b"<?xml version='1.0' standalone='no'?><!DOCTYPE a SYSTEM 'x.dtd'><a/>", parser=p)
