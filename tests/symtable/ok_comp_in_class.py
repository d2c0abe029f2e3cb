class C:
    a = 1
    b = [a for _ in range(3)]
    c = [x for x in range(a)]
    d = {k: v for k, v in ()}
    e = (i for i in ())
    f = {s for s in ()}
