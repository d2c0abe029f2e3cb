# __new__ returning an instance of another type skips __init__.
class Weird(int):
    def __new__(cls, v):
        if v < 0:
            return "negative"
        return super().__new__(cls, v)
    def __init__(self, v):
        print("init", v)

print(Weird(3), Weird(-1))

class Cache(str):
    _seen = {}
    def __new__(cls, s):
        if s in cls._seen:
            return cls._seen[s]
        obj = super().__new__(cls, s)
        cls._seen[s] = obj
        return obj

a = Cache("x")
b = Cache("x")
print(a is b, a, len(Cache._seen))

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1

s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.count)

class Base:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
class Derived(Base):
    pass
Derived(1, 2)
try:
    object.__new__(Base, 1)
except TypeError as e:
    print("TypeError", e)
