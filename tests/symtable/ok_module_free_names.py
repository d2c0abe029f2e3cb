x = 1
def f():
    def g():
        return x, y
    y = 2
