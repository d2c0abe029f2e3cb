from __future__ import annotations
x: int = 1
y: List[int]
z: "quoted"
w: dict[str, int]
print(__annotations__)
def f(a: Undefined, b: int = 2) -> Optional[str]:
    pass
print(f.__annotations__)
class C:
    attr: SomeType
    other: int | None
print(C.__annotations__)
def g(*args: int, **kw: str) -> None: pass
print(g.__annotations__)
