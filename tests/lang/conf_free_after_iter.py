# An exhausted iterator lets its sequence go (support.check_free_after_iterating).
import gc, array, pickle

def check(it_fn, cls, args=()):
    done = False
    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
    it = it_fn(A(*args))
    try:
        next(it)
    except StopIteration:
        pass
    for i in range(3):
        gc.collect()
    print(it_fn.__name__, cls.__name__, done)

for cls, args in ((array.array, ('b',)), (array.array, ('d',)), (list, ()), (bytearray, ()),
                  (str, ()), (bytes, ()), (tuple, ())):
    check(iter, cls, args)
    if cls not in (str, bytes, tuple):
        check(reversed, cls, args)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

r = reversed(Seq())
print(list(r), list(r))
print(r.__length_hint__(), r.__reduce__()[1])
r.__setstate__(5)
print(list(r))
r = reversed(Seq())
next(r)
print(r.__length_hint__(), r.__reduce__()[2])
r.__setstate__(0)
print(list(r), list(r))
try:
    r.__setstate__("x")
except Exception as e:
    print(type(e).__name__, e)
r = reversed(array.array('i', [1, 2, 3]))
next(r)
print(list(pickle.loads(pickle.dumps(r))), list(r))
print(list(pickle.loads(pickle.dumps(r))))
