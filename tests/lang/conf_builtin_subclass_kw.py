for base in (list, tuple, float):
    arg = [1, 2] if base is not float else 2.5
    class subclass(base): pass
    u = subclass(arg); print(type(u).__name__, base(u))
    try: subclass(sequence=())
    except TypeError as e: print("TypeError", e)
    class subclass_with_init(base):
        def __init__(self, seq, newarg=None):
            if base is list: super().__init__(seq)
            self.newarg = newarg
    u = subclass_with_init(arg, newarg=3); print(base(u), u.newarg)
    class subclass_with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    try:
        u = subclass_with_new(arg, newarg=3); print(base(u), u.newarg)
    except TypeError as e: print("TypeError", e)
l = [1, 2]; l.__init__([3]); print(l); l.__init__(l); print(l); l.__init__(); print(l)
for c in ["list(a=1)", "list(1, 2)", "tuple(a=1)", "float(x=1)", "list('ab')", "list()", "[].__init__(a=1)"]:
    try: print(c, eval(c))
    except TypeError as e: print(c, "TypeError", e)
