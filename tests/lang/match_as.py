# As-patterns bind the subject (or subvalue) when the inner pattern matches.
match [1, 2]:
    case [1, 2] as whole:
        print("whole", whole)

match (1, (2, 3)):
    case (a, (b, c) as inner):
        print(a, b, c, inner)

def f(v):
    match v:
        case (int() | float()) as num:
            return f"number {num}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case [*_] as seq:
            return f"sequence of {len(seq)}"
        case _ as other:
            return f"other {other!r}"

for v in [1, 2.5, "hello", "hi", [1, 2], (), None]:
    print(f(v))

match {"a": [1, 2]}:
    case {"a": [_, _] as pair}:
        print("pair", pair)

# as binding a class pattern result
class P:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
match P(5):
    case P(v) as p:
        print(type(p).__name__, v, p.v)
