# Sequence patterns on lists, tuples and ranges; str and bytes are not sequences here.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [a, b, c, d, *_]:
            return f"many from {a}"
    return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(10),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None]:
    print(repr(v), f(v))
print(f(iter([1, 2])))

# nested
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)

# list and tuple syntax are interchangeable
match (1, 2):
    case [1, 2]:
        print("tuple matched list pattern")
match [1, 2]:
    case (1, 2):
        print("list matched tuple pattern")
match [1, 2]:
    case 1, 2:
        print("open tuple pattern")

# subpattern failure
match [1, 2, 3]:
    case [1, 2, 4]:
        print("no")
    case [1, x, 3]:
        print("middle", x)

# dict is not a sequence even though it has __len__ and __getitem__
match {0: "a", 1: "b"}:
    case [a, b]:
        print("dict as sequence?")
    case _:
        print("dict is not a sequence")
