@dec(1 +)
def f():
    pass
