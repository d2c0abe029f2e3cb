class _Outer:
    __a = 1
    def __m(self, __p):
        __local = __p
        import __mod, __pkg.sub as __alias
        return self.__a, __dunder__, __local
    class __Inner:
        __b = 2
        def f(self):
            global __g
            return __b
class ___:
    __c = 3
