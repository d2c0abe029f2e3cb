class A:
    x: int
class B(A):
    pass
print(B.__annotations__, A.__annotations__)
class C:
    pass
print(C.__annotations__)
print('__annotations__' in C.__dict__)
import sys
try:
    print(sys.__annotations__)
except AttributeError as e:
    print(e)
def f(): pass
f.__annotations__['k'] = 1
print(f.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
C.__annotations__ = {'set': 1}
print(C.__annotations__)
del C.__annotations__
print(C.__annotations__)
class D:
    y: str
D.__annotations__['z'] = float
print(D.__annotations__)
print(A().__annotations__ if hasattr(A(), '__annotations__') else 'no')
