# Ellipsis and NotImplemented reduce to their names: pickle and copy keep
# the singletons (typing pickles Callable[..., T] through them).
import pickle, copy
for o in [..., NotImplemented]:
    print(o.__reduce__(), o.__reduce_ex__(2))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(o, proto)) is o
    print(copy.copy(o) is o, copy.deepcopy(o) is o)
print(pickle.loads(pickle.dumps([..., (NotImplemented, ...)])))
print(type(...).__reduce__, type(NotImplemented).__reduce__)
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(...)(1)
except TypeError as e:
    print("TypeError", e)
import typing
T = typing.TypeVar("T")
c = typing.Callable[..., T]
print(pickle.loads(pickle.dumps(c)) == c)
