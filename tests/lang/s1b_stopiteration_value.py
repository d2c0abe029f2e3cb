# StopIteration carrying a value out of an iterator class's __next__:
# `yield from` gets it, every consumer still sees exhaustion; value/code
# are writable members.
import collections, itertools, functools, operator

class MyIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(42)
        return self.n

def deleg():
    r = yield from MyIter()
    print('returned', r)
print(list(deleg()))

print(list(MyIter()), [x for x in MyIter()], tuple(MyIter()), sum(MyIter()))
print(sorted(MyIter()), sorted(set(MyIter())), dict.fromkeys(MyIter()), max(MyIter()))
print(list(enumerate(MyIter())), any(x > 5 for x in MyIter()), [*MyIter()])
a, b, c = MyIter()
print(a, b, c)
it = MyIter()
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(itertools.chain(MyIter(), MyIter())), list(zip(MyIter(), 'abcd')))
print(collections.deque(MyIter()), bytes(MyIter()), functools.reduce(operator.add, MyIter()))
print(list(itertools.islice(MyIter(), 10)), list(map(str, MyIter())), min(MyIter()))
for x in MyIter():
    print('loop', x)

# a generator's return value and next() with a default
def ret5():
    return 5
    yield
print(next(ret5(), 'd'))
try:
    next(ret5())
except StopIteration as e:
    print('gen value', e.value)

# value and code are members that can be assigned
e = StopIteration()
print(repr(str(e)), e.value)
e = StopIteration("spam")
print(e, e.value)
e.value = "eggs"
print(e, e.value, e.args)
del e.value
print(e.value)
print(type(StopIteration.value).__name__, type(SystemExit.code).__name__)
s = SystemExit(3)
print(s.code)
s.code = 5
print(s.code, s.args)

class Reassigned:
    def __iter__(self):
        return self
    def __next__(self):
        e = StopIteration(1)
        e.value = 99
        raise e
def deleg2():
    r = yield from Reassigned()
    print('returned', r)
list(deleg2())
