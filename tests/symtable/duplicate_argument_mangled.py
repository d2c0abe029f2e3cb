class C:
    def f(self, _C__a, __a): pass
