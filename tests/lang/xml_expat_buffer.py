# pyexpat: buffer_text, buffer_size, buffer_used
from xml.parsers import expat

chunks = []
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.CharacterDataHandler = chunks.append
p.Parse(b"<a>one&amp;two<![CDATA[three]]>\nfour</a>", True)
print(chunks)

chunks = []
p = expat.ParserCreate()
p.buffer_text = 1
print(p.buffer_text)
p.CharacterDataHandler = chunks.append
p.Parse(b"<a>one&amp;two<![CDATA[three]]>\nfour</a>", True)
print(chunks)

# text is flushed before other events and when the buffer fills
events = []
p = expat.ParserCreate()
p.buffer_text = True
p.buffer_size = 10
p.CharacterDataHandler = lambda t: events.append(("c", t))
p.StartElementHandler = lambda n, a: events.append(("s", n))
p.Parse(b"<a>12345<b/>1234567890123<c/>abc", False)
print(events, p.buffer_used)
p.Parse(b"def</a>", True)
print(events, p.buffer_used)

# buffer_used during a parse, from a handler
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = lambda t: None
p.StartElementHandler = lambda n, a: print("used at", n, p.buffer_used)
p.Parse(b"<a>xyz<b/>more text<c/></a>", True)

# errors setting the size
p = expat.ParserCreate()
for bad in (0, -5, 2**31, 2**64, "10", 1.5):
    try:
        p.buffer_size = bad
        print("accepted", bad)
    except Exception as e:
        print(type(e).__name__, e)
print(p.buffer_size, p.buffer_text)
p.buffer_size = 8192    # unchanged: nothing happens
print(p.buffer_text)
p.buffer_size = 100     # a new size turns buffering on, as in CPython
print(p.buffer_size, p.buffer_text)
p.buffer_size = True
print(p.buffer_size)

# turning buffering off flushes
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = got.append
p.Parse(b"<a>abc", False)
print(got, p.buffer_used)
p.buffer_text = False
print(got, p.buffer_used)
p.Parse(b"def</a>", True)
print(got)

# replacing the handler flushes to the old one
old, new = [], []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = old.append
p.Parse(b"<a>first", False)
p.CharacterDataHandler = new.append
p.Parse(b"second</a>", True)
print(old, new)

# removing the handler from inside itself
got = []


def once(t):
    got.append(t)
    p.CharacterDataHandler = None


p = expat.ParserCreate()
p.CharacterDataHandler = once
p.Parse(b"<a>x<b/>y<c/>z</a>", True)
print(got)

for name in ("buffer_text", "buffer_size", "ordered_attributes", "StartElementHandler"):
    try:
        delattr(p, name)
    except Exception as e:
        print(type(e).__name__, e)
try:
    p.buffer_used = 3
except AttributeError as e:
    print("AttributeError")

# text left buffered by a failed parse is flushed by a later setter
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = got.append
try:
    p.Parse(b"<a>abc</b>", True)
except expat.ExpatError as e:
    print(e)
print(got, p.buffer_used)
p.buffer_text = False
print(got, p.buffer_used)
