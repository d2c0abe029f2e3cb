# __init__/__new__ argument handling for builtin subclasses, and errors.
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
class T(tuple):
    pass
class I(int):
    pass

def err(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)

err(lambda: L(1, 2))
err(lambda: L([1], x=1))
err(lambda: D(1, 2))
err(lambda: S([1], [2]))
err(lambda: T(1, 2))
err(lambda: I(1, 2, 3))
err(lambda: L(5))
err(lambda: T(5))

class Configurable(list):
    def __init__(self, *items, sep=","):
        super().__init__(items)
        self.sep = sep
    def render(self):
        return self.sep.join(map(str, self))

print(Configurable(1, 2, 3).render(), Configurable(4, 5, sep="-").render())

class Registry(dict):
    def __init__(self, **entries):
        super().__init__()
        for k, v in entries.items():
            self[k.upper()] = v

print(Registry(a=1, b=2))

class NoInit(list):
    def __init__(self, n):
        self.n = n

ni = NoInit(3)
print(ni, ni.n, len(ni))

class Plain:
    pass

err(lambda: Plain(1))
class WithInit:
    def __init__(self):
        pass
err(lambda: WithInit(1))
err(lambda: object.__new__(Plain, 1))
print(type(object.__new__(Plain)).__name__)
