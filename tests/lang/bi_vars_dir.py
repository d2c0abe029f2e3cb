class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print(vars(b))
print([n for n in dir(b) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print(sorted(k for k in vars(A) if not k.startswith('__')))
try:
    vars(1)
except TypeError as e:
    print(e)
def f():
    a = 1
    b = 2
    return dir(), vars()
print(f())
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(D()))
import sys
print('path' in dir(sys), 'version' in dir(sys))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
class E:
    def __dir__(self):
        return 5
try:
    dir(E())
except TypeError as e:
    print(e)
print(dir(A) == sorted(dir(A)))
