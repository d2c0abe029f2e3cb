# Literal patterns: ints, floats, strings, bytes, negative and complex numbers.
def f(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case 10_000:
            return "ten thousand"
    return "other"

for v in [0, 1, -1, 2.5, "hello", b"raw", 1 + 2j, -3 - 4j, 10000, 1.0, 0.0, True, False,
          "Hello", "hello ", b"Raw", 2, -0.0, 5]:
    print(repr(v), f(v))

# equality, not identity: 1 == 1.0 == True
match 1.0:
    case 1:
        print("1.0 matched 1")
match True:
    case 1:
        print("True matched 1")

# strings concatenated implicitly
match "ab":
    case "a" "b":
        print("implicit concat")

# a literal against an object with a custom __eq__
class Any:
    def __eq__(self, other):
        print("eq called with", other)
        return True

match Any():
    case 42:
        print("custom eq matched")

class Never:
    def __eq__(self, other):
        return False

match Never():
    case 42:
        print("no")
    case _:
        print("never equal")
