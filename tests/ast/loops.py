# while and for loops with else, break, continue.
while True:
    break

while x:
    x -= 1
    if x:
        continue
else:
    done()

for i in range(10):
    pass

for i, j in pairs:
    print(i, j)
else:
    pass

for (a, b) in c:
    continue

for [a, b] in c: pass

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass

for a.b in c:
    pass

for a[0] in c:
    pass
