# Or-patterns: alternatives tried left to right; each binds the same names.
def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [a] | (a, _):
            return f"first {a}"
        case {"k": v} | [_, _, v]:
            return f"v {v}"
        case str() | bytes():
            return "text"
        case _:
            return "other"

for v in [0, 2, 3, [9], (8, 7), {"k": 5}, [1, 2, 3], "s", b"b", None]:
    print(repr(v), f(v))

# names may appear in a different order in each alternative
match (1, 2):
    case (a, b) | [b, a, _]:
        print(a, b)
match [1, 2, 3]:
    case (a, b) | [b, a, _]:
        print(a, b)

# alternatives are tried in order and stop at the first match
log = []
class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        log.append((self.n, other))
        return self.n == other

class V:
    one = Eq(1)
    two = Eq(2)
    three = Eq(3)

match 2:
    case V.one | V.two | V.three:
        print("matched", log)

# nested or-patterns
match [1, [2, 3]]:
    case [1 | 2, [2 | 3, x] | (x,)]:
        print("nested", x)

# or-pattern with as
match 3:
    case (1 | 2 | 3) as n:
        print("n =", n)

# or with captures inside sequences
match (5, "x"):
    case (int(n), "x") | ("x", int(n)):
        print("n", n)
match ("x", 6):
    case (int(n), "x") | ("x", int(n)):
        print("n", n)
