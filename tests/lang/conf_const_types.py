# Constants are shared within a code object only when equal and of the
# same types all the way down: (1, True) is not (1, 1), 0.0 is not -0.0.
print((1, True), (1, 1), (True, 1))
print((1.0, 2), (1, 2), (0.0, 1), (-0.0, 1))
print(((1,),), ((True,),), ((1.0,),))
print((1, b'a'), (True, b'a'), 0j, -0j, (0j,), (-0j,), (0.0j,))
print(1, True, 1.0, 0.0, -0.0)

def f():
    return (1, True), (1, 1), (1.0,), (1,)
print(f())
print(len(f.__code__.co_consts) >= 4)

def g(x):
    return x in (1, 2), x in (True, False)
print(g(1), g(True))

from typing import Literal
print(Literal[1, True].__args__, Literal[1, 1].__args__, Literal[1, True] == Literal[1, 1])
print(Literal[0, False].__args__, Literal[0.0, -0.0].__args__)
