# Iterator pickling support: __reduce__ and __setstate__ of list, tuple,
# range, reversed and zip iterators, and copy.copy/deepcopy of iterators.
it = iter([1,2,3]); next(it); print(it.__reduce__())
it = iter((1,2)); print(it.__reduce__())
it = iter(range(2, 20, 3)); next(it); print(it.__reduce__())
r = reversed([1,2,3]); next(r); print(r.__reduce__())
z = zip((1,), (2,), strict=True); print(z.__reduce__()[0], len(z.__reduce__()[1]), z.__reduce__()[2:])
z = zip((1,), (2,)); print(len(z.__reduce__()))
it = iter([1]); list(it); print(it.__reduce__())
r = reversed([1]); list(r); print(r.__reduce__())
it = iter([1,2,3]); it.__setstate__(2); print(list(it))
it = iter([1,2,3]); it.__setstate__(-5); print(list(it))
it = iter([1,2,3]); it.__setstate__(10); print(list(it))
r = reversed([1,2,3]); r.__setstate__(0); print(list(r))
r = reversed([1,2,3]); r.__setstate__(10); print(list(r))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(1); print(list(it), it.__reduce__())
it = reversed(range(5)); next(it); print(it.__reduce__(), list(it))
z = zip([1, 2], [3]); z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print('ValueError', e)
try:
    iter([]).__setstate__('a')
except TypeError as e:
    print(e)
import copy
print(list(copy.copy(iter([1, 2, 3]))), list(copy.deepcopy(iter(range(3)))))
