# Case mappings over Latin-1, Greek, Cyrillic and some special characters:
# upper/lower/title/casefold/swapcase/capitalize of each, where they differ.
changed = {}
for c in list(range(0x80, 0x250)) + list(range(0x370, 0x530)) + [0x1e9e, 0x2126, 0x212a, 0xfb00, 0xfb01, 0x1f80, 0x1fb3]:
    ch = chr(c)
    row = (ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize())
    if any(x != ch for x in row):
        changed[c] = row
print(len(changed))
for c in sorted(changed)[::7]:
    print(hex(c), [ascii(x) for x in changed[c]])
words = ['ǅemal ǉubav', 'ΣΊΣΥΦΟΣ', 'ᾳ ᾼ', 'ﬀ ﬁ', 'İı', 'ß ẞ', 'ŉ', 'Ǆ']
for w in words:
    print(ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.casefold()), ascii(w.swapcase()), ascii(w.capitalize()))
