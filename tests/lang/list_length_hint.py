class A:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __len__(self):
        print("len")
        return 2
print(list(A()))
class B:
    def __iter__(self): return iter([3])
    def __length_hint__(self):
        print("hint")
        return 5
print(list(B()))
class C:
    def __iter__(self): return iter([3])
    def __len__(self): raise ValueError("no len")
try:
    print(list(C()))
except ValueError as e:
    print("ValueError", e)
class D:
    def __iter__(self): return iter([3])
    def __length_hint__(self): return -1
try:
    print(list(D()))
except ValueError as e:
    print("ValueError", e)
class E:
    def __iter__(self): return iter([3])
    def __length_hint__(self): return NotImplemented
print(list(E()))
class F:
    def __iter__(self): return iter([3])
    def __len__(self): raise TypeError("t")
try:
    print(list(F()))
except TypeError as e:
    print("TypeError", e)
l = [0]
l.extend(B())
print(l)
print(tuple(A()), bytearray(B()) if False else None)
print(sorted(A()))
import operator
print(operator.length_hint(B()), operator.length_hint(iter([1, 2, 3])), operator.length_hint(E(), 7))
class Big:
    def __iter__(self): return iter([])
    def __length_hint__(self): return 1 << 70
try:
    list(Big())
except OverflowError as e:
    print("OverflowError", e)
class NotInt:
    def __iter__(self): return iter([])
    def __length_hint__(self): return 2.0
try:
    list(NotInt())
except TypeError as e:
    print("TypeError", e)
