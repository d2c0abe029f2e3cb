# A traceback through __init_subclass__ shows the class statement line.
class Base:
    def __init_subclass__(cls):
        raise KeyError('k')
class A(Base): pass
