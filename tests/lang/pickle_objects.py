# Objects whose pickling comes from their own __reduce__: slices, the
# singletons and their types, methods of every kind, exceptions, partial
# objects; and objects that cannot be pickled, with CPython's messages.
import functools
import pickle
import sys


class K:
    def method(self):
        return 'method of %s' % type(self).__name__

    @classmethod
    def cm(cls):
        return 'classmethod of ' + cls.__name__

    @staticmethod
    def sm():
        return 'staticmethod'

    class Inner:
        def m(self):
            return 'inner'


def outer():
    global Declared
    class Declared:
        def f(self):
            return 'declared global'
    return Declared


for proto in range(6):
    print('protocol', proto)
    for obj in (slice(1, 2), slice(None, -1, 2), ..., NotImplemented, type(None), type(...),
                type(NotImplemented), len, [].append, [1].__len__, list.__len__, list.append,
                dict.fromkeys, int.from_bytes, K.cm, K.sm, K.Inner, K.Inner.m, functools.reduce,
                str.maketrans, bytes.maketrans):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(' ', repr(back).split(' at ')[0], back == obj or back is obj or repr(back) == repr(obj))
    k = K()
    print(' ', pickle.loads(pickle.dumps(k.method, proto))(), pickle.loads(pickle.dumps(K.cm, proto))())
    print(' ', pickle.loads(pickle.dumps(K.Inner().m, proto))())
    print(' ', pickle.loads(pickle.dumps(outer()().f, proto))(), outer().__qualname__)
    e = ValueError('bad', 42)
    e.note = 'attr'
    b = pickle.loads(pickle.dumps(e, proto))
    print(' ', repr(b), b.note, type(b).__name__)
    b = pickle.loads(pickle.dumps(KeyError('k'), proto))
    print(' ', repr(b), str(b))
    b = pickle.loads(pickle.dumps(StopIteration(7), proto))
    print(' ', repr(b), b.value)
    p = functools.partial(int, base=2)
    p.attr = 1
    b = pickle.loads(pickle.dumps(p, proto))
    print(' ', b('101'), b.keywords, b.attr, type(b).__name__)
    for bad in ((x for x in ()), sys._getframe(), staticmethod(len), classmethod(len), property(),
                sys, lambda: 0, iter(lambda: 0, 1).__class__):
        try:
            pickle.dumps(bad, proto)
            print('  pickled', type(bad).__name__)
        except Exception as ex:
            print(' ', type(bad).__name__, type(ex).__name__, str(ex).split(' at 0x')[0])
print(ValueError('x').__reduce__(), slice(1, 2, 3).__reduce__(), Ellipsis.__reduce__())
print(K().method.__reduce__()[1][1], [].__len__.__reduce__()[1][1], list.append.__reduce__())
print(str.maketrans.__reduce__(), str.maketrans.__qualname__, str.maketrans.__self__)
