# requires: xmltodict
# xmltodict: XML documents to dicts and back (pyexpat underneath).
import xmltodict, json

doc = """<?xml version="1.0" encoding="utf-8"?>
<catalog xmlns:x="http://example.com/x">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
    <tags><tag>xml</tag><tag>dev</tag></tags>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight &amp; Rain</title>
    <x:note>namespaced</x:note>
    <empty/>
    <![CDATA[raw <text>]]>
  </book>
</catalog>"""
d = xmltodict.parse(doc)
print(json.dumps(d, indent=1))
print(d["catalog"]["book"][0]["@id"], d["catalog"]["book"][1]["title"], d["catalog"]["book"][0]["price"]["#text"])
d2 = xmltodict.parse(doc, attr_prefix="", cdata_key="text", force_list=("tag",), process_namespaces=True)
print(json.dumps(d2["catalog"]["book"][1], sort_keys=True))
print(xmltodict.unparse({"root": {"@a": "1", "child": ["x", "y"], "n": {"#text": "t", "@k": "v"}, "e": None}}, pretty=True))
print(xmltodict.unparse(d, full_document=False)[:200])
def cb(path, item):
    print("item", [p[0] for p in path], item)
    return True
xmltodict.parse("<a><b>1</b><b>2</b><b>3</b></a>", item_depth=2, item_callback=cb)
print(xmltodict.parse("<r><v>1</v><v>2</v></r>", postprocessor=lambda p, k, v: (k, int(v)) if k == "v" else (k, v)))
try:
    xmltodict.parse("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)
