# pyexpat under hostile input: malformed bytes, huge and deep documents,
# entity bombs, raising handlers, re-entry and threads -- errors, no crash
import random
import threading
from xml.parsers import expat
import xml.etree.ElementTree as ET


def attempt(data, setup=None, final=True):
    p = expat.ParserCreate()
    if setup:
        setup(p)
    try:
        return ("ok", p.Parse(data, final))
    except expat.ExpatError as e:
        return ("ExpatError", str(e))
    except Exception as e:
        return (type(e).__name__, str(e))


# random garbage and mutated documents
rng = random.Random(1234)
base = b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY e 'x'>]><r a='1'><b>t&e;</b><![CDATA[c]]></r>"
codes = {}
for i in range(400):
    if i % 2:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 60)))
    else:
        b = bytearray(base)
        for _ in range(rng.randrange(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        data = bytes(b)
    kind, msg = attempt(data)
    key = msg.split(":")[0] if kind == "ExpatError" else kind
    codes[key] = codes.get(key, 0) + 1
for k in sorted(codes):
    print(k, codes[k])

# deep nesting: elements, and ElementTree over them
depth = 50000
deep = b"<a>" * depth + b"</a>" * depth
print(attempt(deep))
count = [0]
print(attempt(deep, lambda p: setattr(p, "StartElementHandler", lambda n, a: count.__setitem__(0, count[0] + 1))), count)
root = ET.fromstring(b"<a>" * 400 + b"</a>" * 400)
print(root.tag, len(list(root.iter())))
print(attempt(b"<a>" * 1000))                     # never closed

# huge content: long text, many attributes, a long name
big_text = b"<a>" + b"x" * (3 << 20) + b"</a>"
got = []
print(attempt(big_text, lambda p: setattr(p, "CharacterDataHandler", lambda t: got.append(len(t)))), sum(got))
attrs = b" ".join(b"a%d='%d'" % (i, i) for i in range(20000))
seen = []
print(attempt(b"<e " + attrs + b"/>", lambda p: setattr(p, "StartElementHandler", lambda n, a: seen.append(len(a)))), seen)
print(attempt(b"<" + b"n" * 100000 + b"/>"))
print(attempt(b"<a x='1' x='1'/>"))

# entity expansion bombs are refused by libexpat's amplification limits
bomb = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lollollollollollollollollollol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
]>
<lolz>&lol7;</lolz>"""
print(attempt(bomb, lambda p: setattr(p, "CharacterDataHandler", lambda t: None)))
print(attempt(b"<!DOCTYPE r [<!ENTITY a '&b;'><!ENTITY b '&a;'>]><r>&a;</r>"))

# every kind of handler raising: the exception propagates, the parse stops
DOC = b"""<?xml version="1.0"?><!DOCTYPE r [<!ELEMENT r ANY><!ATTLIST r a CDATA #IMPLIED>
<!ENTITY e "ent"><!NOTATION n SYSTEM "n">]><r a="1"><!--c--><?p d?>text<![CDATA[cd]]>&e;</r>"""


class Boom(Exception):
    pass


def raiser(name):
    def handler(*args):
        raise Boom(name)
    return handler


for h in ("StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler",
          "ProcessingInstructionHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
          "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "ElementDeclHandler",
          "AttlistDeclHandler", "EntityDeclHandler", "NotationDeclHandler", "DefaultHandler",
          "DefaultHandlerExpand"):
    print(h, attempt(DOC, lambda p: setattr(p, h, raiser(h))))

# a handler that raises BaseException subclasses and deep recursion inside
def recurse(*a):
    return recurse(*a)


print(attempt(b"<a/>", lambda p: setattr(p, "StartElementHandler", recurse))[0])


def exiting(*a):
    raise SystemExit(3)


try:
    attempt(b"<a/>", lambda p: setattr(p, "StartElementHandler", exiting))
except SystemExit as e:
    print("SystemExit", e.code)

# threads: private parsers in parallel, and one parser shared (errors allowed, no crash)
results = []


def worker(n):
    total = 0
    for i in range(30):
        q = expat.ParserCreate()
        q.StartElementHandler = lambda name, a: None
        q.Parse(b"<r>" + b"<i/>" * 200 + b"</r>", True)
        total += 1
    results.append(total)


shared = expat.ParserCreate()
shared.StartElementHandler = lambda name, a: None


def shared_worker():
    for i in range(50):
        try:
            shared.Parse(b"<i/>", False)
        except Exception:
            pass


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
threads += [threading.Thread(target=shared_worker) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
