# pyexpat: namespace processing, separators, prefixes
from xml.parsers import expat

DOC = b"""<r xmlns="http://default/" xmlns:p="http://p/">
  <p:a p:attr="1" plain="2"/>
  <b xmlns:q="http://q/"><q:c/></b>
</r>"""

events = []


def rec(name):
    return lambda *a: events.append((name,) + a)


def run(**kw):
    events.clear()
    p = expat.ParserCreate(**kw)
    p.StartElementHandler = rec("start")
    p.EndElementHandler = rec("end")
    p.StartNamespaceDeclHandler = rec("ns+")
    p.EndNamespaceDeclHandler = rec("ns-")
    return p


p = run(namespace_separator="!")
p.Parse(DOC, True)
for e in events:
    print(e)

p = run(namespace_separator=" ")
p.namespace_prefixes = True
print(p.namespace_prefixes)
p.Parse(DOC, True)
for e in events:
    print(e)

# no namespace processing: xmlns attributes are plain attributes
p = run()
p.Parse(DOC, True)
print(events[:3])

# a zero-length separator glues URI and local name together
p = run(namespace_separator="")
p.Parse(DOC, True)
print(events[:4])

# an unbound prefix is an error only with namespace processing
for kw in ({}, {"namespace_separator": "|"}):
    p = expat.ParserCreate(**kw)
    try:
        print(p.Parse(b"<x:a/>", True))
    except expat.ExpatError as e:
        print("ExpatError", e)

for bad in (42, b"!", "too long", "\u00e9"):
    try:
        expat.ParserCreate(namespace_separator=bad)
        print("accepted", repr(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in (42, b"utf-8"):
    try:
        expat.ParserCreate(encoding=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    expat.ParserCreate(intern=[])
except Exception as e:
    print(type(e).__name__, e)
try:
    expat.ParserCreate(bogus=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    expat.ParserCreate("utf-8", None, {}, 4)
except Exception as e:
    print(type(e).__name__, e)
