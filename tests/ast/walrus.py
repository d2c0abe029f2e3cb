# Assignment expressions in their allowed places.
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
[(z := x) for x in range(3)]
print(value := 5)
f(a, (b := 2))
x = (y := 3)
a[(i := 0)]
a[b := 1]
{(k := 1): (v := 2)}
lambda: (x := 1)
def g(a=(b := 1)):
    pass
