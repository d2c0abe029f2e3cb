# __set_name__ is called on every namespace value whose type defines it.
class Field:
    def __init__(self):
        self.name = None
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.owner = owner
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset:' + self.name)

class Model:
    a = Field()
    b = Field()
    c = 5

m = Model()
print(m.a, Model.b.name, Model.a.owner is Model)

# The same descriptor under two names is told about both.
f = Field()
class Two:
    x = f
    y = f
print(f.name)

# __set_name__ found on the type, not the instance.
class NotThis:
    pass
n = NotThis()
n.__set_name__ = lambda *a: print('instance attribute called')
class Three:
    v = n
print('ok')

# Made with type(): also called.
T = type('T', (), {'q': Field()})
print(T.q.name, T.q.owner is T)

# Set after class creation: not called.
Model.late = Field()
print(Model.late.name)
