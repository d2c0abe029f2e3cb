# Assorted class-creation errors.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

def c1():
    class A(metaclass=1): pass
t('metaclass=1', c1)

def c2():
    class A(metaclass=len): pass
t('metaclass=len', c2)

def c3():
    class A(object, metaclass=type): pass
    return A
t('metaclass=type', c3)

def c4():
    class Final:
        pass
    class A(int.__class__): pass
    return A
t('subclass type', c4)

def c5():
    class A(True.__class__): pass
t('bool base', c5)

def c6():
    class A(type(None)): pass
t('NoneType base', c6)

def c7():
    class M(type):
        def __new__(mcls, name, bases, ns):
            return super().__new__(mcls, name, bases)
    class A(metaclass=M): pass
t('new missing ns', c7)

def c8():
    class M(type):
        def __new__(mcls, name, bases, ns):
            return type.__new__(int, name, bases, ns)
    class A(metaclass=M): pass
t('new with int', c8)

def c9():
    class Base:
        def __init_subclass__(cls, required):
            cls.required = required
    class A(Base): pass
t('missing init_subclass arg', c9)

def c10():
    class A:
        raise ValueError('in the body')
t('body raises', c10)

def c11():
    return type('A', (), {'__init_subclass__': lambda cls: None}, x=1)
t('type kw no init_subclass', c11)

def c12():
    class A:
        __slots__ = ()
        __init_subclass__ = 5
    class B(A): pass
t('init_subclass not callable', c12)
