# Decorators on functions, classes and async functions (PEP 614 expressions).
@dec
def f():
    pass

@dec1
@dec2(arg)
@a.b.c
def g():
    pass

@dec
class C:
    @staticmethod
    def m():
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass

@dec
async def h():
    pass

@buttons[0].clicked.connect
def on_click():
    pass

@(lambda f: f)
def i():
    pass

@x if y else z
def j():
    pass

@a := b
def k():
    pass
