# Types that cannot be subclassed, and layout conflicts between bases.
def check(make):
    try:
        make()
        print("ok")
    except TypeError as e:
        print("TypeError", e)

def sub(base):
    class X(base):
        pass
    return X

check(lambda: sub(bool))
check(lambda: sub(type(None)))
check(lambda: sub(range))
check(lambda: sub(slice))
check(lambda: sub(type(len)))
check(lambda: sub(type(lambda: 0)))
check(lambda: sub(type(NotImplemented)))
check(lambda: sub(type(...)))
for b in (int, float, complex, str, bytes, bytearray, tuple, list, dict, set,
          frozenset, object, property, classmethod, staticmethod, Exception):
    X = sub(b)
    print(b.__name__, X.__base__.__name__, issubclass(X, b))

def two(a, b):
    class X(a, b):
        pass
    return X

check(lambda: two(int, str))
check(lambda: two(list, dict))
check(lambda: two(int, list))
check(lambda: two(float, int))
check(lambda: two(tuple, list))
class A: pass
class B: pass
check(lambda: two(A, B))
check(lambda: two(A, int))
check(lambda: two(list, A))
