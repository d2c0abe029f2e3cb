# Empty containers through every copying path (sanitizer regression test).
a = []
a.extend([])
a.extend(())
a.sort()
print(a + [], [] * 3, sorted([]), list(()), a[:], a[1:], min([], default=0))
a[0:0] = []
b = [1]
b[0:1] = []
print(b, tuple([]), dict(), set(), "".join([]), [].copy(), {}.copy(), list(reversed([])))
