# __name__ and __qualname__ may be assigned on classes (strings only).
class A:
    class B: pass

A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A)[-10:])
A.B.__qualname__ = 'Q.B'
print(A.B.__name__, A.B.__qualname__, repr(A.B))

def t(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def set_name(c, v): c.__name__ = v
def set_qual(c, v): c.__qualname__ = v
t(lambda: set_name(A, 5))
t(lambda: set_qual(A, None))
t(lambda: set_name(A, 'a\0b'))
t(lambda: set_name(int, 'integer'))
t(lambda: set_qual(str, 'x'))
def del_name():
    del A.__name__
def del_qual():
    del A.__qualname__
t(del_name)
t(del_qual)
print(A.__name__, '__name__' in A.__dict__, '__qualname__' in A.__dict__)

# Error messages use the new name.
A.__name__ = 'Fresh'
try:
    A.nothere
except AttributeError as e:
    print('AttributeError', e)
try:
    A()[0]
except TypeError as e:
    print('TypeError', e)

# __module__ and __doc__ are ordinary namespace entries.
A.__module__ = 'elsewhere'
A.__doc__ = 'new doc'
print(A.__module__, A.__doc__, repr(A))
