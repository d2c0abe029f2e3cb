# xml.dom.minidom and pulldom over pyexpat
import io
from xml.dom import minidom, pulldom, Node

doc = minidom.parseString("""<?xml version="1.0"?>
<!DOCTYPE memo>
<memo priority="high" xmlns:x="urn:x">
  <to>Ann</to>
  <from>Bob</from>
  <x:body lang="en">Meet at <b>noon</b> &amp; bring <![CDATA[<cake>]]>.</x:body>
  <!-- reviewed -->
  <?archive yes?>
</memo>""")
root = doc.documentElement
print(root.tagName, root.getAttribute("priority"), doc.doctype.name)
print([n.nodeName for n in root.childNodes if n.nodeType != Node.TEXT_NODE])
body = root.getElementsByTagName("x:body")[0]
print(body.namespaceURI, body.localName, body.prefix, body.getAttribute("lang"))
print(repr("".join(n.data for n in body.childNodes if n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE))))
print(root.getElementsByTagName("to")[0].firstChild.data)
print(doc.toxml()[:140])
print(root.getElementsByTagName("from")[0].toprettyxml(indent="  "))

# building and serializing
impl = minidom.getDOMImplementation()
d = impl.createDocument(None, "list", None)
for i in range(3):
    e = d.createElement("item")
    e.setAttribute("n", str(i))
    e.appendChild(d.createTextNode("v<%d>" % i))
    d.documentElement.appendChild(e)
print(d.toxml())
print(d.toprettyxml(indent=" ", encoding="utf-8")[:60])
d2 = minidom.parseString(d.toxml())
print(d2.documentElement.childNodes[1].getAttribute("n"))

# parse from a file, errors
d3 = minidom.parse(io.BytesIO(b"<a><b/></a>"))
print(d3.documentElement.firstChild.tagName)
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)

# pulldom: events with on-demand expansion
events = pulldom.parseString("<feed><entry id='1'><t>A</t></entry><entry id='2'><t>B</t></entry></feed>")
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == "entry":
        events.expandNode(node)
        print(node.getAttribute("id"), node.toxml())
stream = pulldom.parse(io.BytesIO(b"<r><a/>text<b/></r>"))
print([(ev, getattr(n, "nodeName", None)) for ev, n in stream])
