# while/for with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("while", i)
else:
    print("not reached")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
total = 0
for x in [1, 2, 3]:
    total += x
else:
    print("done", total)
k = 5
while k:
    k -= 1
print(k)
for ch in "":
    print("never")
else:
    print("empty else")
