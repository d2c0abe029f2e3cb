# requires: docutils
# docutils' XML writer, read back with ElementTree, minidom and sax (pyexpat).
import io
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
from docutils.core import publish_string

rst = r"""
============
 Round trip
============

A paragraph with *emphasis*, **strong** text, ``literal`` and a link_.

.. _link: http://example.org/

Section one
===========

- item one
- item two with `interpreted`
- item three

.. note:: A note with a footnote [#f1]_.

.. [#f1] The footnote text & an ampersand <here>.

Section two
===========

=====  =====
 a      b
=====  =====
 1      2
 3      4
=====  =====

::

    literal <block> & "quotes"
"""

out = publish_string(rst, writer_name="xml",
                     settings_overrides={"output_encoding": "utf-8", "_disable_config": True})
print(out.splitlines()[0])

root = ET.fromstring(out)
print(root.tag, sorted(root.attrib))
print([e.tag for e in root])
print([s.findtext("title") for s in root.iter("section")])
print([p.text for p in root.iter("paragraph")][:3])
print(root.find(".//literal_block").text)
print([(ref.text, ref.get("refuri")) for ref in root.iter("reference")])
print(len(list(root.iter("entry"))), [e.findtext("paragraph") for e in root.iter("entry")])

dom = xml.dom.minidom.parseString(out)
print(dom.documentElement.tagName, len(dom.getElementsByTagName("list_item")))
print(dom.getElementsByTagName("footnote")[0].getAttribute("ids"))


class Counter(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}
        self.chars = 0

    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1

    def characters(self, content):
        self.chars += len(content)


c = Counter()
xml.sax.parse(io.BytesIO(out), c)
print(sorted(c.counts.items()))
print(c.chars > 100)

for event, elem in ET.iterparse(io.BytesIO(out), events=("start",)):
    if elem.tag == "title":
        print("first title seen while parsing")
        break
