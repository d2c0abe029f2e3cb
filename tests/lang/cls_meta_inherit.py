# The metaclass is inherited; metaclasses are ordinary classes themselves.
class Meta(type):
    count = 0
    def __new__(mcls, name, bases, ns, **kw):
        mcls.count += 1
        return super().__new__(mcls, name, bases, ns, **kw)

class A(metaclass=Meta): pass
class B(A): pass
class C(B): pass
print(type(A).__name__, type(B).__name__, type(C).__name__, Meta.count)

class SubMeta(Meta):
    def extra(cls):
        return 'extra for ' + cls.__name__
class D(C, metaclass=SubMeta): pass
print(type(D).__name__, D.extra(), Meta.count, SubMeta.count)
class E(D): pass
print(type(E).__name__, E.extra())

# Metaclass of metaclass.
class MetaMeta(type):
    def __call__(mcls, *args, **kw):
        print('MetaMeta.__call__', mcls.__name__, args[0])
        return super().__call__(*args, **kw)
class Meta2(type, metaclass=MetaMeta): pass
class F(metaclass=Meta2): pass
print(type(F).__name__, type(Meta2).__name__, type(type(Meta2)).__name__)

# isinstance relations.
print(isinstance(D, Meta), isinstance(D, SubMeta), isinstance(A, SubMeta), issubclass(SubMeta, type))
print(Meta.__mro__ == (Meta, type, object), SubMeta.__bases__ == (Meta,))
print(type.__instancecheck__(Meta, A), isinstance(Meta, type), isinstance(type, type))
