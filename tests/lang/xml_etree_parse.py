# ElementTree over pyexpat: fromstring, parse, tostring, namespaces, errors
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!-- a comment -->
<library xmlns:dc="http://purl.org/dc/" name="main">
  <book id="1" lang="en"><dc:title>Dune</dc:title><price>9.99</price></book>
  <book id="2"><dc:title>Solaris &amp; more</dc:title><price>12.50</price><?note keep?></book>
  <empty/>
  tail text
</library>"""

root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for book in root.iter("book"):
    print(book.get("id"), book.find("{http://purl.org/dc/}title").text, book.findtext("price"))
print([e.tag for e in root.iter()])
print(repr(root[2].tail))
print(ET.tostring(root, encoding="unicode")[:120])
print(ET.tostring(root[0]))
print(root.findall(".//{http://purl.org/dc/}title")[1].text)
ns = {"dc": "http://purl.org/dc/"}
print([t.text for t in root.iterfind("book/dc:title", ns)])

tree = ET.parse(io.BytesIO(doc.encode()))
print(tree.getroot().get("name"), tree.find("book").get("lang"))
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue()[:80])

# comments and processing instructions are kept when asked for
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
r = ET.fromstring("<a><!-- c --><?pi data?><b/></a>", parser=parser)
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text) for e in r])

# entities, CDATA, character references, encodings
r = ET.fromstring("<a>&lt;&#65;&#x42;<![CDATA[<raw>]]></a>")
print(r.text)
r = ET.fromstring("<?xml version='1.0' encoding='iso-8859-1'?><a>caf\xe9</a>".encode("latin-1"))
print(r.text)
r = ET.XML("<!DOCTYPE a [<!ENTITY who 'world'>]><a>hello &who;</a>")
print(r.text)

# ParseError with position and code
for bad in ("<a><b></a>", "<a>", "", "<a>&nope;</a>", "<a x='1' x='2'/>", "text"):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", e, e.position, e.code)

# XMLID and a namespaced round trip
r, ids = ET.XMLID("<a><b id='x'/><c id='y'>t</c></a>")
print(sorted(ids), ids["y"].text)
ET.register_namespace("ex", "http://example.com/ns")
r = ET.fromstring('<ex:a xmlns:ex="http://example.com/ns"><ex:b attr="v"/></ex:a>')
print(r.tag, ET.tostring(r, encoding="unicode"))
print(ET.canonicalize("<a  b='2'   a='1'><c/></a>"))

# the parser's feed/close interface and version
p = ET.XMLParser()
for piece in ("<ro", "ot><chi", "ld>x</child></root>"):
    p.feed(piece)
r = p.close()
print(r.tag, r[0].text, p.version.startswith("Expat"))

# a custom target
class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, text):
        self.log.append(("data", text))

    def comment(self, text):
        self.log.append(("comment", text))

    def close(self):
        return self.log


p = ET.XMLParser(target=Target())
p.feed("<r a='1'>x<!--c--><s/></r>")
print(p.close())
