# xml.sax over pyexpat: content handlers, namespaces, errors, locators
import io
import xml.sax
import xml.sax.handler
from xml.sax.saxutils import XMLGenerator, escape, quoteattr


class Recorder(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def startDocument(self):
        self.log.append("startDocument")

    def endDocument(self):
        self.log.append("endDocument")

    def startElement(self, name, attrs):
        loc = self._locator
        self.log.append(("start", name, sorted(attrs.items()),
                         loc and (loc.getLineNumber(), loc.getColumnNumber())))

    def endElement(self, name):
        self.log.append(("end", name))

    def characters(self, content):
        if content.strip():
            self.log.append(("chars", content))

    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

    def startPrefixMapping(self, prefix, uri):
        self.log.append(("prefix", prefix, uri))

    def startElementNS(self, name, qname, attrs):
        self.log.append(("startNS", name, qname, sorted(attrs.items(), key=repr)))

    def endElementNS(self, name, qname):
        self.log.append(("endNS", name, qname))


doc = b"""<?xml version="1.0"?>
<catalog xmlns:p="urn:p">
  <p:entry key="a" p:k2="b">first</p:entry>
  <?render fast?>
  <entry>second &amp; last</entry>
</catalog>"""

h = Recorder()
xml.sax.parseString(doc, h)
for entry in h.log:
    print(entry)

h = Recorder()
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(h)
parser.parse(io.BytesIO(doc))
for entry in h.log:
    print(entry)


# errors: SAXParseException with position
class Errors(xml.sax.handler.ErrorHandler):
    def fatalError(self, exc):
        print("fatal", exc.getMessage(), exc.getLineNumber(), exc.getColumnNumber())
        raise exc


for bad in (b"<a><b></a>", b"<a>\n<b>&bad;</b></a>", b""):
    try:
        xml.sax.parseString(bad, xml.sax.handler.ContentHandler(), Errors())
    except xml.sax.SAXParseException as e:
        print("SAXParseException", e)

# incremental feeding
h = Recorder()
p = xml.sax.make_parser()
p.setContentHandler(h)
for chunk in (b"<r>", b"<i>1</i>", b"<i>2</i>", b"</r>"):
    p.feed(chunk)
p.close()
print([e for e in h.log if e[0] in ("start", "chars")])

# XMLGenerator echoes the events
out = io.StringIO()
xml.sax.parseString(b"<a x='1'><b>t&lt;</b><c/></a>", XMLGenerator(out))
print(out.getvalue())
print(escape("a<b>&c"), quoteattr('say "hi"'))

# features and properties
p = xml.sax.make_parser()
print(p.getFeature(xml.sax.handler.feature_namespaces))
try:
    p.getFeature("http://example.com/nope")
except xml.sax.SAXNotRecognizedException as e:
    print("SAXNotRecognizedException", e)
