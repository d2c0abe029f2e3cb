# deque is a sequence for patterns; defaultdict is a mapping (a dict subclass).
from _collections import deque, defaultdict

def f(v):
    match v:
        case [first, *rest]:
            return f"sequence {first} {rest}"
        case {"k": k}:
            return f"mapping {k}"
        case {}:
            return "empty mapping"
    return "other"

print(f(deque([1, 2, 3])))
print(f(deque()))
dd = defaultdict(int)
print(f(dd))
dd["k"] = 5
print(f(dd))

# get() of a defaultdict does not create missing keys
d2 = defaultdict(list)
match d2:
    case {"missing": m}:
        print("no")
    case _:
        print("missing key not created:", dict(d2))

match deque([1, 2, 3, 4]):
    case [1, *_, 4]:
        print("deque with star wildcard")

match defaultdict(int, a=1):
    case dict(d):
        print("defaultdict matches dict(d):", type(d).__name__)
