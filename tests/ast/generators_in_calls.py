# Generator expressions as sole argument, and parenthesised elsewhere.
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(a, (x for x in y))
sum(x * x for x in range(10) if x % 2)
any(x
    for x in y)
o.m(x for x in y)
