# Exceptions pickle through BaseException.__reduce__ / __setstate__:
# args, attributes set later, OSError's file names, ImportError's name
# and path, subclasses with their own __init__.
import pickle


class MyError(Exception):
    def __init__(self, code, text='?'):
        super().__init__(code, text)
        self.code = code


excs = [OSError(2, 'No such', 'f.txt'), OSError(2, 'x', 'a', None, 'b'), FileNotFoundError(2, 'x'),
        OSError('plain'), ImportError('m', name='mod', path='/p'),
        UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), StopIteration(1), KeyError('k'),
        SystemExit(3), ValueError(), MyError(5, 'five'), ZeroDivisionError('division by zero')]
for p in (0, 2, 4):
    for e in excs:
        b = pickle.loads(pickle.dumps(e, p))
        print(p, type(b).__name__, repr(b), b.args, getattr(b, 'filename', None),
              getattr(b, 'filename2', None), getattr(b, 'errno', None), getattr(b, 'name', None),
              getattr(b, 'path', None), getattr(b, 'code', None))
e = ValueError('v')
e.extra = [1, 2]
b = pickle.loads(pickle.dumps(e, 2))
print(b.extra, e.__reduce__()[2])
print(KeyError('k').__reduce__(), OSError(2, 'x', 'f').__reduce__())
try:
    ValueError().__setstate__(5)
except TypeError as x:
    print('TypeError', x)
