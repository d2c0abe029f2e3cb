# pyexpat: the handlers and the arguments they receive
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!DOCTYPE root SYSTEM "root.dtd">
<!-- top comment -->
<root a="1" b='two'>
  text &amp; more
  <?target some data?>
  <child x="y"/>
  <![CDATA[<raw> & stuff]]>
  <empty></empty>
</root>
"""

events = []


def rec(name):
    def handler(*args):
        events.append((name,) + args)
    return handler


p = expat.ParserCreate()
for h in ["StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
          "CharacterDataHandler", "CommentHandler", "StartCdataSectionHandler",
          "EndCdataSectionHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
          "EndDoctypeDeclHandler"]:
    setattr(p, h, rec(h.replace("Handler", "")))
print(p.Parse(DOC, True))
for e in events:
    print(e)

# ordered and specified attributes
events.clear()
p = expat.ParserCreate()
p.ordered_attributes = 1
p.StartElementHandler = rec("start")
p.Parse(b"<r z='1' a='2' m='3'><s/></r>", True)
print(events, p.ordered_attributes)

events.clear()
p = expat.ParserCreate()
p.specified_attributes = True
p.StartElementHandler = rec("start")
p.Parse(b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dflt' e CDATA #IMPLIED>]><r e='x'/>", True)
print(events)
events.clear()
p = expat.ParserCreate()
p.StartElementHandler = rec("start")
p.Parse(b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dflt' e CDATA #IMPLIED>]><r e='x'/>", True)
print(events)

# handlers read back; None removes one
p = expat.ParserCreate()
print(p.StartElementHandler, p.DefaultHandlerExpand)
f = rec("x")
p.StartElementHandler = f
print(p.StartElementHandler is f)
p.StartElementHandler = None
print(p.StartElementHandler)

# the Default handler sees what no other handler takes
events.clear()
p = expat.ParserCreate()
p.DefaultHandler = rec("default")
p.StartElementHandler = rec("start")
p.Parse(b"<a>x<b/>&#65;</a>", True)
print(events)

events.clear()
p = expat.ParserCreate()
p.DefaultHandlerExpand = rec("dexpand")
p.Parse(b"<!DOCTYPE a [<!ENTITY e 'ent'>]><a>&e;</a>", True)
print(events)

# incremental parsing: chunks may split anywhere
events.clear()
p = expat.ParserCreate()
p.StartElementHandler = rec("s")
p.EndElementHandler = rec("e")
p.CharacterDataHandler = rec("c")
data = b"<doc><item n='1'>alpha</item><item n='2'>beta</item></doc>"
for i in range(0, len(data), 7):
    p.Parse(data[i:i + 7], False)
p.Parse(b"", True)
# how character data is split across calls depends on the libexpat release
# (2.5.0's security updates defer reparsing): join the runs
joined = []
for ev in events:
    if ev[0] == "c" and joined and joined[-1][0] == "c":
        joined[-1] = ("c", joined[-1][1] + ev[1])
    else:
        joined.append(ev)
print(joined)

# str input is UTF-8 whatever the declaration says
events.clear()
p = expat.ParserCreate()
p.CharacterDataHandler = rec("c")
p.Parse("<?xml version='1.0' encoding='latin-1'?><a>\u00e9\u4e2d\U0001f600</a>", True)
print(events)
