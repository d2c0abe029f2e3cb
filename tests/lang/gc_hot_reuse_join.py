# str.join of an iterable that is not a list or tuple, and re.sub, build a
# temporary list that krait gives back to the allocator at once (hot reuse).
# Whatever the caller still holds must survive intact while the memory of
# those temporaries is handed out again.
import gc
import re

# Pieces that live on elsewhere: the temporary list is freed, not its items.
kept = []
def pieces(n, tag):
    for i in range(n):
        s = "%s%d" % (tag, i)
        kept.append(s)
        yield s

joined = []
for round_ in range(300):
    joined.append("-".join(pieces(1 + round_ % 40, chr(97 + round_ % 26))))
    [i * 2 for i in range(round_ % 50)]     # allocations of many sizes meanwhile
    ("x" * (round_ % 30)).split("x")
print(len(joined), len(kept), joined[0], joined[41][:40])
print(all(j == "-".join(k for k in j.split("-")) for j in joined))
gc.collect()
print(kept[:5], kept[-3:], sum(len(k) for k in kept))

# One item: join returns that very str; the list is gone, the str is not.
one = "".join(iter(["only"]))
print(one, "".join(x for x in ()) == "", ",".join(map(str, range(12))))

# A list subclass and other iterables go through the temporary list too.
class L(list):
    pass
print("/".join(L(["a", "b", "c"])), ".".join({"k1": 1, "k2": 2}), "+".join(reversed("abc")))
print(" ".join(str(d) for d in {3: 0, 1: 0, 2: 0}), "|".join(filter(None, ["", "p", "", "q"])))

# Errors: the temporary list is given back on the error path as well.
for bad in ((x for x in ["a", 1]), map(int, "12"), iter([b"x"]), [None]):
    try:
        "".join(bad)
    except Exception as e:
        print(type(e).__name__, e)
def boom():
    yield "a"
    raise ValueError("from the generator")
try:
    ",".join(boom())
except Exception as e:
    print(type(e).__name__, e)
try:
    "".join(5)
except Exception as e:
    print(type(e).__name__, e)

# re.sub: the list of pieces goes back; the matches the callback kept and
# the strings it returned stay valid.
matches, returned = [], []
def repl(m):
    matches.append(m)
    r = "<%s>" % m.group(0).upper()
    returned.append(r)
    return r
subbed = [re.sub(r"[a-z]+", repl, "ab 12 cd 34 ef %d" % i) for i in range(200)]
gc.collect()
print(subbed[0], subbed[199], len(matches), matches[5].group(0), matches[-1].span())
print(returned[:4], all(m.string.startswith("ab 12") for m in matches))
print(re.sub("b", lambda m: "", "abc"), re.sub("x", "y", "abc"), re.subn(r"\d", "#", "a1b22"))
print(re.sub(rb"\d", lambda m: b"<" + m.group() + b">", b"a1b2"), re.sub(r"(\w)", r"\1\1", "ab"))
print(re.sub("", "-", "abc"), re.sub("a", lambda m: "A" * 100, "a" * 5)[:12])
try:
    re.sub("a", lambda m: 5, "aa")
except Exception as e:
    print(type(e).__name__, e)
