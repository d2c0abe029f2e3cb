x: List[int] = []
y: Undefined
(p): int
(q): int = 1
r.s: int
t[0]: int = 3
def f(a: A, *b: B, **c: C) -> R:
    z: Z = 1
    w: W
class K:
    attr: T
