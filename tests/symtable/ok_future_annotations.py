from __future__ import annotations
x: List[int] = []
y: Undefined
def f(a: A, *b: B, **c: C) -> R:
    z: Z = 1
    w: (lambda: W)
class K:
    attr: T
