# Registration patterns: metaclass registry, __init_subclass__ plugins,
# class decorators with a metaclass.
class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, register=True, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if register:
            mcls.registry[name.lower()] = cls
        return cls
    def __init__(cls, name, bases, ns, register=True, **kw):
        super().__init__(name, bases, ns, **kw)

class Plugin(metaclass=RegistryMeta, register=False):
    def run(self): return type(self).__name__ + ' runs'

class Alpha(Plugin): pass
class Beta(Plugin): pass
class Hidden(Plugin, register=False): pass
print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry['beta']().run())

class Handler:
    handlers = {}
    def __init_subclass__(cls, /, event, **kw):
        super().__init_subclass__(**kw)
        Handler.handlers[event] = cls
class OnClick(Handler, event='click'): pass
class OnKey(Handler, event='key'): pass
print({k: v.__name__ for k, v in Handler.handlers.items()})
try:
    class NoEvent(Handler): pass
except TypeError as e:
    print('TypeError', e)

def add_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@add_tag('decorated')
class Gamma(Plugin):
    pass
print(Gamma.tag, RegistryMeta.registry['gamma'] is Gamma)

# A decorator that replaces the class entirely.
@lambda cls: cls.__name__ + '!'
class Delta(Plugin): pass
print(Delta, 'delta' in RegistryMeta.registry)
