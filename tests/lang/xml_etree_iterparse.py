# ElementTree's incremental parsers: iterparse and XMLPullParser
import io
import xml.etree.ElementTree as ET

data = b"""<?xml version="1.0"?>
<root xmlns="urn:default" xmlns:x="urn:x">
  <item n="1">one</item>
  <x:item n="2">two</x:item>
  <!-- note -->
  <?proc instr?>
</root>"""

for event, elem in ET.iterparse(io.BytesIO(data)):
    print(event, elem.tag, elem.text)

for event, obj in ET.iterparse(io.BytesIO(data), events=("start", "end", "start-ns", "end-ns")):
    print(event, obj if isinstance(obj, tuple) else obj.tag)

it = ET.iterparse(io.BytesIO(data), events=("start", "end"))
for ev, el in it:
    pass
print(it.root.tag, len(it.root))

p = ET.XMLPullParser(events=("start", "end", "comment", "pi"))
for i in range(0, len(data), 13):
    p.feed(data[i:i + 13])
    for ev, el in p.read_events():
        if ev in ("start", "end"):
            print(ev, el.tag)
        else:
            print(ev, el.text)
p.close()
print(list(p.read_events()))

# errors surface at the position they occur
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<a><b>text</b><c></a>")):
        print(ev, el.tag)
except ET.ParseError as e:
    print("ParseError", e, e.position)

p = ET.XMLPullParser()
p.feed("<a><b/>")
print([(ev, el.tag) for ev, el in p.read_events()])
try:
    p.feed("</c>")
except ET.ParseError as e:
    print("ParseError", e)
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as e:
    print("ValueError", e)

# a big document, parsed from a file in chunks
big = "<r>" + "".join("<e i='%d'>%s</e>" % (i, "x" * (i % 50)) for i in range(3000)) + "</r>"
count = total = 0
for ev, el in ET.iterparse(io.StringIO(big)):
    if el.tag == "e":
        count += 1
        total += len(el.text or "")
        el.clear()
print(count, total)
