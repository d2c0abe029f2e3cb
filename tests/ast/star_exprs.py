# Starred expressions everywhere 3.11 allows them.
*a, b = c
a, *b = c
a, *b, c = d
[*a, b] = c
(*a,) = b
for *x, y in z:
    pass
print(*a, *b)
[*a, *b]
{*a, *b}
(*a, *b)
x = *a, *b
def f():
    return *a, b
def g():
    yield *a, b
a[*b]
a[*b, c]
a[1:2, *b]
