# Variable annotations on every target kind.
x: int
x: int = 1
x: list[int] = []
(x): int = 1
a.b: int
a.b: int = 1
a[0]: int
a[0]: int = 1
x: "forward"
x: int | None = None
x: tuple[int, ...] = ()
x: Callable[[int], str]
x: int = yield_
def f(a: x[y], b: "s" = 1, *c: int, d: lambda: 1, **e: f()) -> g[h]: pass
