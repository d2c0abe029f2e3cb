# Call forms: positional, keyword, star and double-star arguments.
f()
f(a)
f(a, b,)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *args, b=1, **kwargs)
f(*a, *b, **c, **d)
f(a, *b, c, d=1, *e, **f)
f(x for x in y)
f(key=value)(other)
f.g.h(1)(2)(3)
f(
    a,
    b,
)
obj.method(1, key=2)[0](3)
