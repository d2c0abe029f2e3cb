# Every str predicate over the first 0x3000 code points, summarised as the
# code points where each one is true (run-length encoded).
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
         'isupper', 'istitle', 'isprintable', 'isidentifier', 'isascii']
def runs(flags):
    out, start = [], None
    for i, f in enumerate(flags + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i - 1))
            start = None
    return out
for p in preds:
    flags = [getattr(chr(c), p)() for c in range(0x3000)]
    r = runs(flags)
    print(p, len(r), sum(b - a + 1 for a, b in r), r[:6], r[-3:])
