# Defining __eq__ without __hash__ makes instances unhashable.
class A:
    def __eq__(self, other): return True
print(A.__hash__, '__hash__' in A.__dict__)
try:
    hash(A())
except TypeError as e:
    print('TypeError', e)

class B:
    def __eq__(self, other): return True
    def __hash__(self): return 7
print(hash(B()))

class C(A):
    pass
try:
    hash(C())
except TypeError as e:
    print('TypeError', e)

class D(A):
    __hash__ = object.__hash__
print(type(hash(D())).__name__)

class E(B):
    def __eq__(self, other): return False
try:
    hash(E())
except TypeError as e:
    print('TypeError', e)

# Through type() too.
F = type('F', (), {'__eq__': lambda s, o: True})
print(F.__hash__)
class G:
    __hash__ = None
try:
    hash(G())
except TypeError as e:
    print('TypeError', e)
print({B(): 1}[B()])
