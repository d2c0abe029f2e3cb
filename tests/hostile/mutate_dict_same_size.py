# Delete-then-insert keeps the size but changes the keys; whatever CPython 3.11
# does (it may not notice), krait must do the same and never loop forever.
d = {1: 1, 2: 2, 3: 3}
n = 0
for k in d:
    n += 1
    if n > 100:
        break
    del d[k]
    d[k + 10] = 0
