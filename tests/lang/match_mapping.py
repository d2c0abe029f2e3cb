# Mapping patterns: keys looked up with get(), extra keys ignored, **rest.
def f(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
    return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "extra": 0},
          {"type": "square"}, {}, {"x": 1}, [("type", "point")], "type", None]:
    print(f(v))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)

match {"a": 1}:
    case {**rest}:
        print("all", rest, type(rest).__name__)

match {1: "one", 2: "two"}:
    case {1: one, 2: "two"}:
        print(one)

# a None value is still a match (only a missing key fails)
match {"k": None}:
    case {"k": v}:
        print("value", v)

# value patterns as keys
class K:
    A = "a"
    B = "b"

match {"a": 10, "b": 20}:
    case {K.A: x, K.B: y}:
        print(x, y)

# literal keys of several types
match {None: 0, True: 1, 2.5: 2, b"k": 3, -1: 4}:
    case {None: a, True: b, 2.5: c, b"k": d, -1: e}:
        print(a, b, c, d, e)

# rest is a fresh dict: changing it does not change the subject
d = {"x": 1, "y": 2}
match d:
    case {"x": _, **others}:
        others["z"] = 3
        print(d, others)
