# Class definitions with complex argument lists and decorators.
@dataclass(frozen=True)
class P(Base[T], Generic[T], metaclass=ABCMeta, **opts):
    x: int = 0
    y: int = field(default=0)

    @classmethod
    def make(cls, *a, **k) -> "P":
        return cls(*a, **k)

@a
@b.c
@d(e)(f)
class Q(
    A,
    B,
):
    pass
