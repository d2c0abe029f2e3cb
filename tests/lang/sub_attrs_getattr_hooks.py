# __getattr__, __getattribute__, __setattr__ with instance attribute storage.
class Fallback:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "fallback:" + name

f = Fallback()
print(f.real, f.missing, f.__dict__)

class Intercept:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

i = Intercept()
print(i.v, i.secret, i.__dict__)

class Recording:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)

r = Recording()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, r.b, r.__dict__)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

fz = Frozen(3)
print(fz.x)
try:
    fz.x = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    del fz.x
except AttributeError as e:
    print("AttributeError", e)
