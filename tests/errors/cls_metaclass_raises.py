# A traceback through a metaclass __new__ shows the class statement line.
class M(type):
    def __new__(mcls, name, bases, ns):
        raise ValueError('nope')

class Base:
    pass

class A(Base,
        metaclass=M):
    x = 1
