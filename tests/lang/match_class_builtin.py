# Builtin types match the subject itself for one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
    return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {3, 1}, frozenset({2}),
          None, 1j, range(2)]:
    print(kind(v))

match 5:
    case int(5):
        print("int(5)")
match "abc":
    case str("abc"):
        print("str literal")
match [1, 2]:
    case list([a, b]):
        print("list seq", a, b)

# bool is an int subclass
match True:
    case int(x):
        print("True as int", x)

# keyword sub-patterns on builtins look up attributes
match 3 + 4j:
    case complex(real=r, imag=i):
        print(r, i)
match 7:
    case int(real=r, imag=0):
        print("real", r)

for cls in (int, str, float):
    try:
        match cls():
            case int(1, 2) | str(1, 2) | float(1, 2):
                pass
    except TypeError as e:
        print("TypeError", e)

# types without self-matching accept no positional sub-pattern
try:
    match 1j:
        case complex(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match range(3):
        case range(3):
            pass
except TypeError as e:
    print("TypeError", e)
