# How `async for` finds and calls __aiter__: plain functions, descriptors
# of other kinds, instance attributes (ignored), errors and their messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("Counter.__aiter__", type(self).__name__)
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Static:
    @staticmethod
    def __aiter__():
        print("static __aiter__")
        return Counter(2)


class ViaClassmethod:
    @classmethod
    def __aiter__(cls):
        print("classmethod __aiter__", cls.__name__)
        return Counter(1)


class Callable:
    def __call__(self, *args):
        print("callable object as __aiter__ called with", len(args), "arguments")
        return Counter(2)


class WithCallableAttr:
    __aiter__ = Callable()   # not a descriptor: called without binding


class Sub(Counter):
    pass


class InstanceOnly:
    def __init__(self):
        self.__aiter__ = lambda: Counter(1)


class NoAnext:
    def __aiter__(self):
        return object()


class Raises:
    def __aiter__(self):
        raise KeyError("from __aiter__")


class NoneAiter:
    __aiter__ = None


class Meta(type):
    def __aiter__(cls):
        return Counter(1)


class WithMeta(metaclass=Meta):
    pass


async def agen():
    yield "a"
    yield "b"


async def collect(obj):
    return [x async for x in obj]


async def main():
    for obj in (Counter(3), Static(), ViaClassmethod(), WithCallableAttr(), Sub(2), agen()):
        print(type(obj).__name__, await collect(obj))
    for obj in (InstanceOnly(), NoAnext(), Raises(), NoneAiter(), WithMeta, 42, "str"):
        try:
            async for x in obj:
                print("got", x)
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e)
    # an async generator stays its own iterator; a finished one yields nothing
    g = agen()
    print(g.__aiter__() is g)
    print(await collect(g), await collect(g))
    # __aiter__ is looked up on the type each time
    c = Counter(2)
    Counter.__aiter__, saved = (lambda self: Counter(1)), Counter.__aiter__
    try:
        print(await collect(c))
    finally:
        Counter.__aiter__ = saved
    print(await collect(c))


run(main())
