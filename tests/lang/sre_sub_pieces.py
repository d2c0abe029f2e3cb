# re.sub/subn on str subjects: the text between matches is joined straight
# from the subject (no slices), so every mix of pieces, widths and errors
# must still give str.join's result.
import re

def show(label, v):
    print(label, repr(v), type(v).__name__)

# literal and callable replacements, count, subn
show("lit", re.sub(r"\d+", "#", "a1b22c333d"))
show("lit count", re.sub(r"\d+", "#", "a1b22c333d", count=2))
show("subn", re.subn(r"\d+", "#", "a1b22c333d"))
show("subn none", re.subn(r"x", "#", "abc"))
show("call", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333d"))
show("call count1", re.sub(r"\d+\.\d+", lambda m: "<" + m.group() + ">", "ip 1.2 and 3.4 end", count=1))
show("at start", re.sub(r"^a", "X", "abc"))
show("at end", re.sub(r"c$", "X", "abc"))
show("whole", re.sub(r".*", "X", "abc"))
show("empty subject", re.sub(r"x", "y", ""))
show("empty matches", re.sub(r"x*", "-", "abc"))
show("empty repl", re.sub(r"b", "", "abcb"))
show("all removed", re.sub(r".", "", "abc"))

# None from the callable adds nothing
show("none repl", re.sub(r"\d", lambda m: None, "a1b2c"))
show("none all", re.sub(r".", lambda m: None, "abc"))
show("none mixed", re.sub(r"\d", lambda m: None if m.group() == "1" else "N", "a1b2"))

# identity: nothing matched gives the subject back
s = "no digits here"
print("same object", re.sub(r"\d", "#", s) is s)
t = "digits 123"
print("lone repl", re.sub(r"^.*$", lambda m: "R", t))

# non-str pieces: str.join's message with the list index CPython's list has
for repl in (lambda m: 5, lambda m: b"x", lambda m: ["y"]):
    for subj in ("a1b", "1b", "a1", "1"):
        try:
            print(re.sub(r"\d", repl, subj))
        except Exception as e:
            print(type(e).__name__, e)
try:
    re.sub(r"\d", lambda m: "ok" if m.group() == "1" else 7, "x1y2z")
except Exception as e:
    print(type(e).__name__, e)

# exceptions raised by the callable propagate
def boom(m):
    raise KeyError(m.group())
try:
    re.sub(r"\d", boom, "ab3")
except KeyError as e:
    print("KeyError", e)

# str subclasses: subject and replacement
class S(str):
    pass
r = re.sub(r"x", "y", S("axb"))
show("subclass subject", r)
r = re.sub(r"q", "y", S("axb"))
show("subclass unchanged", r)
r = re.sub(r"x", lambda m: S("Z"), "x")
show("subclass lone repl", r)
r = re.sub(r"x", lambda m: S("Z"), "axb")
show("subclass repl", r)

# many pieces (past any inline storage)
subj = ",".join(str(i) for i in range(200))
out = re.sub(r",", lambda m: ";", subj)
print(len(out), out[:30], out[-20:])
print(re.subn(r"\d+", "n", subj)[1])
