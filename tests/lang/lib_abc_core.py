# _abc, driven by hand (as abc.ABCMeta drives it), with plain classes.
import _abc
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Base:
    @abstract
    def area(self): pass
    def other(self): pass
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base and any('quack' in k.__dict__ for k in C.__mro__):
            return True
        return NotImplemented
    @classmethod
    def __subclasscheck__(cls, sub):
        return _abc._abc_subclasscheck(cls, sub)
    @classmethod
    def __instancecheck__(cls, inst):
        return _abc._abc_instancecheck(cls, inst)
    @classmethod
    def register(cls, sub):
        return _abc._abc_register(cls, sub)
_abc._abc_init(Base)
print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__)
class Sub(Base):
    def area(self): return 1
_abc._abc_init(Sub)
print(sorted(Sub.__abstractmethods__))
class Sub2(Base):
    pass
_abc._abc_init(Sub2)
print(sorted(Sub2.__abstractmethods__))
class Duck:
    def quack(self): pass
class Plain:
    pass
tok = _abc.get_cache_token()
print(Base.__subclasscheck__(Sub), Base.__subclasscheck__(Duck), Base.__subclasscheck__(Plain))
print(Base.__instancecheck__(Sub()), Base.__instancecheck__(Duck()), Base.__instancecheck__(Plain()))
print(Base.register(Plain) is Plain, _abc.get_cache_token() == tok + 1)
print(Base.__subclasscheck__(Plain), Base.__instancecheck__(Plain()))
class PlainChild(Plain):
    pass
print(Base.__subclasscheck__(PlainChild), Base.__subclasscheck__(int))
print(Base.register(int) is int, Base.__subclasscheck__(bool), Base.__instancecheck__(3))
reg, cache, neg, version = _abc._get_dump(Base)
print(len(reg), len(cache) >= 3, type(neg).__name__, version == _abc.get_cache_token())
print(Base.register(Sub) is Sub, _abc.get_cache_token() == tok + 2)
_abc._reset_caches(Base)
print([len(s) for s in _abc._get_dump(Base)[:3]])
_abc._reset_registry(Base)
print(len(_abc._get_dump(Base)[0]))
for bad in [lambda: Base.register(3), lambda: Base.__subclasscheck__(3), lambda: Sub.register(Base),
            lambda: _abc._abc_subclasscheck(Plain, int), lambda: _abc._abc_init(3)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
