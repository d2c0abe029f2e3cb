# del obj.__dict__: allowed for class-statement instances, refused where a
# builtin type provides the __dict__ (functools.partial and subclasses)
import functools

class P(functools.partial):
    pass

class Plain:
    pass

class Sub(Plain):
    pass

for obj in (functools.partial(hex), P(hex), Plain(), Sub()):
    obj.x = 1
    try:
        del obj.__dict__
        print(type(obj).__name__, "deleted", obj.__dict__)
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)
    obj.__dict__ = {"a": 1}
    print(obj.a)
    try:
        obj.__dict__ = 5
    except TypeError as e:
        print(e)

def f():
    pass
try:
    del f.__dict__
except TypeError as e:
    print(e)
