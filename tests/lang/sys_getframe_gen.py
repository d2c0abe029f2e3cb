import sys
def gen():
    fr = sys._getframe()
    yield fr.f_code.co_name
    yield sys._getframe(1).f_code.co_name
def consumer():
    g = gen()
    return next(g), next(g)
print(consumer())
print([sys._getframe().f_code.co_name for _ in range(1)])
print((lambda: sys._getframe().f_code.co_name)())
class K:
    def method(self):
        return sys._getframe().f_code.co_qualname
print(K().method())
def rec(n):
    if n == 0:
        names = []
        f = sys._getframe()
        while f:
            names.append(f.f_code.co_name)
            f = f.f_back
        return names
    return rec(n - 1)
print(rec(3))
