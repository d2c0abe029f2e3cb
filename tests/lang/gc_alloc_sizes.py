# Objects of every small size class, made in bulk so the allocator's free
# lists empty and refill many times (and collections run in between): each
# object must keep its own contents, whatever was allocated around it.
import gc

def strs_of_width(ch, n):
    out = []
    for i in range(n):
        out.append(ch * (i % 70) + str(i))
    return out

for ch in ("a", "\xe9", "\u0101", "\U0001f600"):
    made = strs_of_width(ch, 3000)
    gc.collect()
    ok = all(s == ch * (i % 70) + str(i) for i, s in enumerate(made))
    lens = sum(len(s) for s in made)
    print(repr(ch), ok, lens, made[71][-3:], len(made[-1]))

# slices and one-character strs share size classes with longer ones
text = "".join(chr(0x20 + i % 90) for i in range(5000))
pieces = [text[i:i + (i % 40)] for i in range(4000)]
gc.collect()
print(all(p == text[i:i + (i % 40)] for i, p in enumerate(pieces)))
print(sum(map(len, pieces)), pieces[39], pieces[3999][:5])

# tuples of every length up to 40, from literals, calls and slices
tups = [tuple(range(i % 41)) for i in range(5000)]
pairs = [(i, str(i)) for i in range(5000)]
sliced = [tups[i][1:] for i in range(0, 5000, 7)]
gc.collect()
print(all(t == tuple(range(i % 41)) for i, t in enumerate(tups)))
print(all(p[0] == int(p[1]) for p in pairs), pairs[4321])
print(sum(len(t) for t in sliced), sliced[5], () is tuple([]))
print(tuple([]) == (), tuple("") is (), len(tuple(x for x in ())))

# mixed garbage: most of it dies at once, the survivors must stay intact
keep = []
for round_ in range(30):
    junk = [("x" * (i % 60), i, (i, i)) for i in range(2000)]
    keep.append(junk[round_ * 17])
    del junk
gc.collect()
print(keep[:3], keep[-1])
print(all(k == ("x" * ((r * 17) % 60), r * 17, (r * 17, r * 17)) for r, k in enumerate(keep)))

# strs built by joining, formatting and concatenation
joined = ["-".join(str(j) for j in range(i % 25)) for i in range(3000)]
formatted = ["%d:%s:%r" % (i, "y" * (i % 9), i / 4) for i in range(3000)]
concat = []
s = ""
for i in range(400):
    s = s + chr(0x61 + i % 26)
    concat.append(s)
gc.collect()
print(joined[24], formatted[2999], len(concat[-1]), concat[30])
print(all(concat[i] == concat[-1][:i + 1] for i in range(400)))
