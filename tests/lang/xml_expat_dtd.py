# pyexpat: DTD declarations, entities, external entities
from xml.parsers import expat
from xml.parsers.expat import model

events = []


def rec(name):
    return lambda *a: events.append((name,) + a)


DOC = b"""<?xml version="1.0"?>
<!DOCTYPE doc PUBLIC "-//pub//id" "doc.dtd" [
  <!ELEMENT doc (head?, (para | list)*, foot+)>
  <!ELEMENT head EMPTY>
  <!ELEMENT para (#PCDATA | em)*>
  <!ELEMENT list ANY>
  <!ELEMENT foot (#PCDATA)>
  <!ATTLIST doc id ID #REQUIRED kind (a|b) "a" ver CDATA #FIXED "1">
  <!ENTITY greeting "hello &amp; welcome">
  <!ENTITY % pe "param">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY pic SYSTEM "pic.png" NDATA png>
  <!NOTATION png SYSTEM "image/png">
]>
<doc id="d1"><para>&greeting;</para><foot>&ext;</foot></doc>
"""

p = expat.ParserCreate()
for h in ("StartDoctypeDecl", "EndDoctypeDecl", "ElementDecl", "AttlistDecl", "EntityDecl",
          "NotationDecl", "UnparsedEntityDecl", "SkippedEntity", "ExternalEntityRef"):
    setattr(p, h + "Handler", rec(h))
p.ExternalEntityRefHandler = lambda *a: events.append(("ExternalEntityRef",) + a) or 1
p.SetBase("http://base/")
print(p.GetBase())
p.Parse(DOC, True)
for e in events:
    print(e)
print(model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED, model.XML_CTYPE_NAME,
      model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ, model.XML_CQUANT_NONE, model.XML_CQUANT_OPT,
      model.XML_CQUANT_REP, model.XML_CQUANT_PLUS)

# an external entity parsed by a child parser that shares the handlers
events.clear()
p = expat.ParserCreate()
p.StartElementHandler = rec("start")
p.CharacterDataHandler = rec("chars")


def external(context, base, system_id, public_id):
    events.append(("external", context, base, system_id, public_id))
    child = p.ExternalEntityParserCreate(context)
    print("child", type(child).__name__, child.StartElementHandler is p.StartElementHandler)
    child.Parse(b"<inner>from " + system_id.encode() + b"</inner>", True)
    return 1


p.ExternalEntityRefHandler = external
p.Parse(b"<!DOCTYPE d [<!ENTITY e SYSTEM 'e.xml'>]><d>&e;</d>", True)
for e in events:
    print(e)

# the handler refusing the entity is an error
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(b"<!DOCTYPE d [<!ENTITY e SYSTEM 'e.xml'>]><d>&e;</d>", True)
except expat.ExpatError as e:
    print("ExpatError", e)

# without a handler the reference is skipped
events.clear()
p = expat.ParserCreate()
p.SkippedEntityHandler = rec("skipped")
p.Parse(b"<!DOCTYPE d SYSTEM 'x.dtd'><d>&undeclared;</d>", True)
print(events)

# UseForeignDTD and parameter entity parsing
calls = []
p = expat.ParserCreate()
p.UseForeignDTD(True)
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.ExternalEntityRefHandler = lambda c, b, s, pub: calls.append((pub, s)) or 1
p.Parse(b"<?xml version='1.0'?><element/>")
print(calls, expat.XML_PARAM_ENTITY_PARSING_NEVER,
      expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE, expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
p = expat.ParserCreate()
p.Parse(b"<a>", False)
try:
    p.UseForeignDTD()
except expat.ExpatError as e:
    print("ExpatError", e, e.code)

# a deeply nested content model: each level counts against the recursion limit
def nested(n):
    return b"<!DOCTYPE root [\n<!ELEMENT root " + b"(a, " * n + b"a" + b")" * n + b">\n]>\n<root/>\n"


depth = []


def decl(name, m):
    d = 0
    while m[3]:
        m = m[3][-1]
        d += 1
    depth.append(d)


for n in (50, 300, 5000):
    p = expat.ParserCreate()
    p.ElementDeclHandler = decl
    p.EndElementHandler = lambda name: depth.append(name)
    try:
        p.Parse(nested(n), True)
    except RecursionError as e:
        print("RecursionError", e)
    print(depth, p.ElementDeclHandler is decl)
    depth.clear()
