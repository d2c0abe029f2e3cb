# Star patterns in sequences.
def f(x):
    match x:
        case [first, *rest]:
            return first, rest
    return None

print(f([1, 2, 3]), f([1]), f([]), f((4, 5)), f(range(3)))

match [1, 2, 3, 4, 5]:
    case [a, *mid, b]:
        print(a, mid, b)

match [1, 2]:
    case [a, *mid, b]:
        print(a, mid, b)

match [1]:
    case [a, *mid, b]:
        print("no")
    case _:
        print("too short")

match (1, 2, 3):
    case (*init, last):
        print(init, last, type(init).__name__)

match [1, 2, 3, 4]:
    case [*_, 3, x]:
        print("ends with 3,", x)

match [1, 2, 3, 4]:
    case [1, *_, y]:
        print("wildcard star", y)

match [1, 2, 3]:
    case [*_]:
        print("any sequence")

match []:
    case [*rest]:
        print("empty rest", rest)

match [0, 1, 2, 3, 4, 5]:
    case [0, 1, *rest, 4, 5]:
        print("rest", rest)

# star captured into a list even from a tuple or a range
match range(5):
    case [a, *r]:
        print(a, r)
