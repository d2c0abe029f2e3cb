def f():
    nonlocal x.y
