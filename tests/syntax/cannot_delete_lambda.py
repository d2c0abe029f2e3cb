def f():
    del lambda: 1
