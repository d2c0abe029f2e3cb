# C3 failures and duplicate bases, with CPython's messages.
class A: pass
class B(A): pass
class C(A): pass
class X: pass
class Y(X): pass

def t(src_name, make):
    try:
        cls = make()
        print(src_name, [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(src_name, 'TypeError', e)

t('A,B', lambda: type('Z', (A, B), {}))
t('B,A', lambda: type('Z', (B, A), {}))
t('B,C', lambda: type('Z', (B, C), {}))
class D(B, C): pass
class E(C, B): pass
t('D,E', lambda: type('Z', (D, E), {}))
t('A,Y,B', lambda: type('Z', (A, Y, B), {}))
t('X,Y,A', lambda: type('Z', (X, Y, A), {}))
t('A,A', lambda: type('Z', (A, A), {}))
t('B,C,B', lambda: type('Z', (B, C, B), {}))
t('object,A', lambda: type('Z', (object, A), {}))

try:
    class F(A, B): pass
except TypeError as e:
    print('class F: TypeError', e)
try:
    class G(X, X): pass
except TypeError as e:
    print('class G: TypeError', e)
