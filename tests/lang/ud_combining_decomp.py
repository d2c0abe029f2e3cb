# unicodedata.combining and decomposition over every code point.
import unicodedata

classes = {}
ccheck = 0
dcount = 0
dcheck = 0
tags = {}
for cp in range(0x110000):
    c = chr(cp)
    k = unicodedata.combining(c)
    if k:
        classes[k] = classes.get(k, 0) + 1
        ccheck = (ccheck * 43 + (cp + 1) * k) % 1000000007
    d = unicodedata.decomposition(c)
    if d:
        dcount += 1
        if d.startswith("<"):
            tag = d.split()[0]
            tags[tag] = tags.get(tag, 0) + 1
        h = 0
        for ch in d:
            h = (h * 257 + ord(ch)) % 1000000007
        dcheck = (dcheck * 47 + (cp + 1) * h) % 1000000007
print(sorted(classes.items()))
print("combining checksum", ccheck)
print("decompositions", dcount, "checksum", dcheck)
print(sorted(tags.items()))
for c in "\u00e9\u00bd\ufb01\u1e9b\uac00\u2126\u0344\U0001d15e\u3000a":
    print(hex(ord(c)), repr(unicodedata.decomposition(c)), unicodedata.combining(c))
