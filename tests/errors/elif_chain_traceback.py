def f(x):
    if x == 1:
        return 1
    elif x == 2:
        return 2
    elif x.foo:
        return 3
    else:
        return 4
print(f(1), f(2))
f(3)
