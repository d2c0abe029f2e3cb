# xml.etree.ElementTree as CPython 3.11 has it with its C accelerator: an
# Element's truth is whether it has children, with no FutureWarning (the
# pure-Python Element warns; markdown tests elements with `if elem:`).
import copy
import pickle
import warnings
import xml.etree.ElementTree as ET

warnings.simplefilter("error")
root = ET.Element("root", version="1")
child = ET.SubElement(root, "child", name="c")
ET.SubElement(child, "leaf").text = "text"
print(bool(root), bool(ET.Element("empty")), "yes" if child else "no")
print(type(root).__name__, type(root).__module__, isinstance(root, ET.Element), ET.iselement(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(pickle.loads(pickle.dumps(root)), encoding="unicode"))
dup = copy.deepcopy(root)
dup[0].set("name", "changed")
print(root[0].get("name"), dup[0].get("name"), len(dup), list(dup.iter("leaf"))[0].text)
print([e.tag for e in root.iter()], root.find("child/leaf").text, root.findall(".//leaf")[0].tag)
tree = ET.ElementTree(root)
print(tree.getroot() is root, ET.Comment("c").tag is ET.Comment, ET.ProcessingInstruction("pi").tag is ET.PI)
b = ET.TreeBuilder()
b.start("x", {"a": "1"})
b.data("body")
b.end("x")
built = b.close()
print(type(built).__name__, ET.tostring(built), bool(built))
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
class Sub(ET.Element):
    pass
s = Sub("s")
print(bool(s), type(s).__name__, ET.tostring(s))
