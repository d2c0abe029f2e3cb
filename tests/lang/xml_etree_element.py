# xml.etree.ElementTree's Element, SubElement, TreeBuilder and XMLParser
# (the _elementtree accelerator): behaviour and CPython 3.11's messages.
import copy
import io
import pickle
import sys
import xml.etree.ElementTree as ET

E = ET.Element


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(r, E):
        r = "<E %r>" % (r.tag,)
    print(label, "ok", r)


print(type(E).__name__, E.__module__, E.__name__, ET.TreeBuilder.__module__,
      ET.XMLParser.__module__, ET.ParseError.__module__, ET.ParseError.__mro__[1].__name__)
print(E is ET.Element, hasattr(ET, "_Element_Py"), "_elementtree" in sys.modules)

# construction
t("E()", lambda: E())
t("E(a, 1)", lambda: E("a", 1))
t("E(a, {}, 1)", lambda: E("a", {}, 1))
t("attrib+extra", lambda: E("a", {"x": 1}, y=2).attrib)
d = {"k": "v"}
e = E("a", d)
print("attrib copied", e.attrib is not d, e.attrib == d)
e = E("a")
print("defaults", e.tag, e.text, e.tail, e.attrib, len(e), bool(e))
t("E(1) repr", lambda: repr(E(1)).split(" at ")[0])
t("E(tuple) repr", lambda: repr(E(("x",))).split(" at ")[0])

# attributes
def f():
    e = E("a"); e.attrib = 1
t("attrib=1", f)
def f():
    e = E("a"); del e.tag
t("del tag", f)
def f():
    e = E("a"); del e.tail
t("del tail", f)
def f():
    e = E("a"); e.foo = 1
t("e.foo=", f)
e = E("a")
e.tag, e.text, e.tail = "b", "T", "U"
e.attrib = {"p": "q"}
print("set", e.tag, e.text, e.tail, e.attrib)
e.set("r", "s")
print("get", e.get("p"), e.get("zz"), e.get("zz", 5), e.get(key="r"), sorted(e.keys()), sorted(e.items()))
t("get()", lambda: E("a").get())
t("set(x)", lambda: E("a").set("x"))
print("keys of new", E("a").keys(), E("a").items())

# children
root = E("root")
a = ET.SubElement(root, "a", {"n": "1"}, m="2")
b = ET.SubElement(root, "b")
c = ET.SubElement(root, "c")
print("sub", len(root), [x.tag for x in root], a.attrib, bool(root), bool(a))
print("index", root[0].tag, root[-1].tag, [x.tag for x in root[1:]], [x.tag for x in root[::-1]])
t("root[5]", lambda: root[5])
t("root[-4]", lambda: root[-4])
t("root['x']", lambda: root["x"])
t("root[1.0]", lambda: root[1.0])
def f():
    e = E("a"); e[0] = E("b")
t("e[0]= on empty", f)
def f():
    e = E("a"); e.append(E("b")); e[0] = 1
t("e[0]=1", f)
def f():
    e = E("a"); e[:] = [1]
t("e[:]=[1]", f)
def f():
    e = E("a"); e[:] = 5
t("e[:]=5", f)
def f():
    e = E("a"); e.extend([E("b"), E("c"), E("d")]); e[::2] = [E("x")]
t("ext slice", f)
def f():
    e = E("a"); del e[0]
t("del e[0]", f)
r2 = E("r")
r2.extend([E(str(i)) for i in range(6)])
r2[1:3] = (E("x"), E("y"), E("z"))
print("slice set", [x.tag for x in r2])
del r2[::2]
print("slice del", [x.tag for x in r2])
r2[0] = E("first")
del r2[-1]
print("item set/del", [x.tag for x in r2])
r2[:] = E("p", {})  # an Element is a sequence of its (zero) children
print("slice from element", len(r2))
r2.insert(0, E("i0"))
r2.insert(-1, E("i1"))
r2.insert(100, E("i2"))
r2.insert(-100, E("i3"))
print("insert", [x.tag for x in r2])
x = r2[1]
r2.remove(x)
print("remove", [x.tag for x in r2])
t("remove missing", lambda: r2.remove(E("zz")))
t("remove 1", lambda: r2.remove(1))
t("append 1", lambda: E("a").append(1))
t("append()", lambda: E("a").append())
t("extend [1]", lambda: E("a").extend([1]))
t("extend 1", lambda: E("a").extend(1))
t("insert 1", lambda: E("a").insert(0, 1))
t("insert 'x'", lambda: E("a").insert("x", E("b")))
gen = E("g")
gen.extend(E(t_) for t_ in "xyz")
print("extend gen", [x.tag for x in gen], list(gen) == gen[:])
gen.clear()
print("clear", len(gen), gen.attrib, gen.text)

# SubElement errors
t("SubElement()", lambda: ET.SubElement())
t("SubElement(1, a)", lambda: ET.SubElement(1, "a"))
t("SubElement attrib 1", lambda: ET.SubElement(E("a"), "b", 1))
t("SubElement kw", lambda: ET.SubElement(E("a"), "b", {}, x=1).attrib)

# makeelement
t("makeelement(b)", lambda: E("a").makeelement("b"))
t("makeelement(b, 1)", lambda: E("a").makeelement("b", 1))
ad = {"q": "1"}
me = E("a").makeelement("b", ad)
print("makeelement", me.tag, me.attrib, me.attrib is not ad, type(me) is E)

# iteration and search
doc = ET.fromstring(
    "<doc><sec id='1'>one<p>alpha</p>tail1<p>beta</p></sec>"
    "<sec id='2'><p>gamma</p><q>delta</q></sec>text-end<!-- c --></doc>")
print("iter", [x.tag for x in doc.iter()])
print("iter p", [x.text for x in doc.iter("p")], [x.tag for x in doc.iter(tag="q")])
print("iter *", len(list(doc.iter("*"))))
print("itertext", list(doc.itertext()))
print("itertext sub", list(doc[0].itertext()))
print("find", doc.find("sec").get("id"), doc.find("zz"), doc.find("sec/p").text,
      doc.find(".//q").text)
print("findall", [x.get("id") for x in doc.findall("sec")], [x.text for x in doc.findall(".//p")],
      doc.findall("zz"))
print("findtext", repr(doc.findtext("sec")), doc.findtext("zz"), doc.findtext("zz", "dflt"),
      doc.findtext(".//q"), repr(E("x").findtext("y", default="")))
print("iterfind", [x.text for x in doc.iterfind(".//p")], [x.tag for x in doc.iterfind("sec")])
print("find ns", doc.find("{}sec").tag, [x.tag for x in doc.findall("x:sec", {"x": ""})])
t("find()", lambda: E("a").find())
t("iter(1,2)", lambda: E("a").iter(1, 2))
t("iter type", lambda: type(E("a").iter()).__name__)
it = doc.iter()
next(it)
doc.append(E("late"))
print("iter sees appends", [x.tag for x in it][-1])

# copy, deepcopy, pickle, state
src = ET.fromstring("<r a='1'>x<c>y</c>z</r>")
src.tail = "T"
c1 = copy.copy(src)
c2 = copy.deepcopy(src)
print("copy", c1.tag, c1.attrib, c1.text, c1.tail, c1[0] is src[0], c1.attrib is src.attrib)
print("deepcopy", c2.tag, c2.attrib, c2[0] is not src[0], c2[0].text, c2.tail)
t("__deepcopy__()", lambda: E("a").__deepcopy__())
t("__deepcopy__(1)", lambda: E("a").__deepcopy__(1))
print("getstate", E("a").__getstate__())
st = src.__getstate__()
print("getstate keys", sorted(st), st["_children"][0].tag)
t("setstate 1", lambda: E("a").__setstate__(1))
t("setstate {}", lambda: E("a").__setstate__({}))
ns = E("x")
ns.__setstate__({"tag": "n", "text": "tx", "attrib": {"k": "v"}, "_children": [E("ch")]})
print("setstate", ns.tag, ns.text, ns.tail, ns.attrib, [c.tag for c in ns])
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(src, proto))
    print("pickle", proto, ET.tostring(p))

# subclassing
class My(E):
    def __init__(self, tag, attrib={}, **kw):
        super().__init__(tag, attrib, **kw)
        self.extra = 42

m = My("m", z="1")
m.append(My("n"))
print("subclass", m.tag, m.attrib, m.extra, isinstance(m, E), m[0].extra, ET.tostring(m))
print("subclass copy type", type(copy.copy(m)).__name__, type(m.makeelement("q", {})).__name__)
import weakref
w = weakref.ref(m)
print("weakref", w() is m)

# TreeBuilder
tb = ET.TreeBuilder()
tb.start("root", {"a": "b"})
tb.data("one")
tb.data("two")
tb.start("kid", {})
tb.data("in")
tb.end("kid")
tb.data("after")
tb.comment("a comment")
tb.pi("target", "data")
r = tb.end("root")
print("treebuilder", ET.tostring(tb.close()), r is tb.close())
t("start attrs 1", lambda: ET.TreeBuilder().start("a", 1))
t("end empty", lambda: ET.TreeBuilder().end("a"))
t("factory 1", lambda: ET.TreeBuilder(1).start("a", {}))
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start("r", {})
print("comment", tb.comment("c1").tag is ET.Comment, tb.pi("p", "d").tag is ET.PI)
tb.data("tail")
tb.end("r")
print("inserted", ET.tostring(tb.close()))
tb = ET.TreeBuilder(comment_factory=lambda t: ("C", t), pi_factory=lambda t, d: ("P", t, d))
print("factories", tb.comment("x"), tb.pi("y"), tb.pi("y", "z"))
calls = []
def factory(tag, attrib):
    calls.append((tag, attrib))
    return E(tag.upper(), attrib)
tb = ET.TreeBuilder(element_factory=factory)
tb.start("x", {"k": "v"})
tb.end("x")
print("element_factory", calls, tb.close().tag)
tb = ET.TreeBuilder()
tb.start("a", {})
tb.end("a")
t("two roots", lambda: tb.start("b", {}))
print("close none", ET.TreeBuilder().close())

# XMLParser
t("XMLParser(1)", lambda: ET.XMLParser(1))
t("feed(1)", lambda: ET.XMLParser(target=None).feed(1))
t("bogus event", lambda: ET.XMLParser()._setevents([], ["bogus"]))
t("events 1", lambda: ET.XMLParser()._setevents([], 1))
p = ET.XMLParser()
print("parser", p.version.startswith("Expat "), type(p.target).__name__, p.entity)
t("unclosed", lambda: ET.fromstring("<a>"))
t("undefined entity", lambda: ET.fromstring("<a>&foo;</a>"))
t("junk after", lambda: ET.fromstring("<a/><b/>"))
try:
    ET.fromstring("<a>\n<b></a>")
except ET.ParseError as e:
    print("ParseError", e.code, e.position, e)
p = ET.XMLParser()
p.entity["foo"] = "FOO"
p.feed("<!DOCTYPE a SYSTEM 'x.dtd'><a>&foo;-&amp;</a>")
print("entities", p.close().text)
p = ET.XMLParser()
try:
    p.feed("<!DOCTYPE a SYSTEM 'x.dtd'><a>&bar;</a>")
except ET.ParseError as e:
    print("undefined with dtd", e.code, e.position, e)
p = ET.XMLParser()
p.feed("<!DOCTYPE a [<!ENTITY bar 'BAR'>]><a>&bar;</a>")
print("internal entity", p.close().text)
p = ET.XMLParser()
for ch in "<r x='1'><s>abc</s>de<t/></r>":
    p.feed(ch)
print("bytewise", ET.tostring(p.close()))
p = ET.XMLParser(encoding="iso-8859-1")
p.feed("<r>\xe9</r>".encode("latin-1"))
print("encoding", p.close().text == "\xe9")
p = ET.XMLParser()
p.feed(b"<?xml version='1.0' encoding='cp1252'?><r>\x80</r>")
print("cp1252", p.close().text)
root = ET.fromstring("<a xmlns='urn:x' xmlns:y='urn:y'><y:b y:c='1'/><d/></a>")
print("namespaces", root.tag, [(x.tag, x.attrib) for x in root])

class Target:
    def __init__(self):
        self.ev = []
    def start(self, tag, attrib):
        self.ev.append(("start", tag, attrib))
    def end(self, tag):
        self.ev.append(("end", tag))
    def data(self, data):
        self.ev.append(("data", data))
    def comment(self, text):
        self.ev.append(("comment", text))
    def pi(self, target, data):
        self.ev.append(("pi", target, data))
    def start_ns(self, prefix, uri):
        self.ev.append(("start_ns", prefix, uri))
    def end_ns(self, prefix):
        self.ev.append(("end_ns", prefix))
    def doctype(self, name, pubid, system):
        self.ev.append(("doctype", name, pubid, system))
    def close(self):
        return "closed"

tg = Target()
p = ET.XMLParser(target=tg)
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><?pi data?>'
       '<r xmlns:n="urn:n"><!--c--><n:s a="1">t</n:s></r>')
print("target close", p.close())
for ev in tg.ev:
    print(" ", ev)
t("events on custom target", lambda: ET.XMLParser(target=Target())._setevents([], None))

class Raises:
    def start(self, tag, attrib):
        raise KeyError(tag)
t("raising target", lambda: ET.XMLParser(target=Raises()).feed("<a><b/></a>"))

class NoClose:
    def start(self, tag, attrib):
        pass
p = ET.XMLParser(target=NoClose())
p.feed("<a/>")
print("no close", p.close())

# iterparse and XMLPullParser
data = b"<r xmlns:x='urn:x'><x:a>1</x:a><!--c--><?p q?><b/></r>"
for evs in [None, ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi")]:
    out = []
    for ev, el in ET.iterparse(io.BytesIO(data), evs):
        tag = el if isinstance(el, (str, tuple)) or el is None else el.tag
        out.append((ev, getattr(tag, "__name__", tag)))
    print("iterparse", evs, out)
pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<a><b>")
print("pull1", [(e, x.tag) for e, x in pp.read_events()])
pp.feed("</b></a>")
pp.close()
print("pull2", [(e, x.tag) for e, x in pp.read_events()])
pp = ET.XMLPullParser()
pp.feed("<a><b></a>")
try:
    list(pp.read_events())
    pp.close()
except ET.ParseError as e:
    print("pull error", e)

# whole trees
src = "<root><a x='1'>t<b/>u</a><c>&lt;&amp;&gt;</c></root>"
tree = ET.ElementTree(ET.fromstring(src))
print("tostring", ET.tostring(tree.getroot()))
print("unicode", ET.tostring(tree.getroot(), encoding="unicode"))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print("write", buf.getvalue())
print("parse file", ET.tostring(ET.parse(io.StringIO(src)).getroot()) == ET.tostring(tree.getroot()))
print("XML", ET.XML("<x/>").tag, ET.fromstringlist(["<x>", "1</x>"]).text)
el = ET.fromstring("<a><b/><c/></a>")
ET.indent(el)
print("indent", ET.tostring(el))
print("iselement", ET.iselement(E("x")), ET.iselement(1))
t("_set_factories", lambda: ET._set_factories(1, 2))

# attrib as a keyword, namespace wildcards, events from any iterable, a
# tail replaced while itertext tests it
for el in [E("a", attrib={"href": "#"}, id="f"), E("a", {"x": "1"}, attrib="kept"),
           ET.SubElement(E("p"), "s", attrib={"k": "v"})]:
    print("attrib kw", sorted(el.attrib.items()))
t("attrib kw str", lambda: E("a", attrib="no"))
nsroot = ET.fromstring("<a xmlns:x='X' xmlns:y='Y'><x:b/><b/><y:b/><c/></a>")
print("wildcards", [x.tag for x in nsroot.findall("{*}b")], [x.tag for x in nsroot.findall("{}b")],
      nsroot.find("{*}c").tag)
pp = ET.XMLPullParser(events={"start"})
pp.feed("<a/>")
print("event set", [e for e, _ in pp.read_events()])
pp = ET.XMLPullParser(events=(e for e in ["end"]))
pp.feed("<a/>")
print("event gen", [e for e, _ in pp.read_events()])
class Text:
    def __bool__(self):
        lt[0].tail = "changed"
        return True
lt = E("root")
lt.append(E("tag"))
lt[0].tail = Text()
first = next(lt.itertext())
print("lost tail", type(first).__name__, lt[0].tail)
