# Attribute access and subscription chains.
a.b
a.b.c.d
a[0]
a[0][1]
a.b[c].d
a[b.c]
a[-1]
a["key"]
a[(1, 2)]
a[1, 2]
a()[0].b
(a).b
(a.b).c
del a.b, a[0]
