# Assignment target forms in for loops and comprehensions.
for x in y: pass
for x, in y: pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, (y, z) in w: pass
for x.a in y: pass
for x[0] in y: pass
for *x, in y: pass
[1 for x.a in y]
[1 for x[0], (y, *z) in w]
