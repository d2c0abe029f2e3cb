def f():
    return \
