# Recursion through class-protocol hooks ends in RecursionError, not a crash.
class M(type):
    def __instancecheck__(cls, x):
        return isinstance(x, cls)
class A(metaclass=M): pass
try:
    isinstance(1, A)
except RecursionError as e:
    print('RecursionError')
class G:
    def __class_getitem__(cls, k):
        return G[k]
try:
    G[1]
except RecursionError:
    print('RecursionError 2')
class S:
    def __set_name__(self, o, n):
        class T:
            s = S()
try:
    class U:
        s = S()
except (RecursionError, RuntimeError) as e:
    print(type(e).__name__)
class MM(type):
    def mro(cls):
        return type.mro(type('X', (), {}))
try:
    class V(metaclass=MM): pass
except TypeError as e:
    print('TypeError', e)
