# Literal patterns compare with ==, so numeric types cross-match.
def which(v):
    match v:
        case 0:
            return "zero-ish"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case "0":
            return "string zero"
        case b"0":
            return "bytes zero"
    return "no match"

for v in [0, 0.0, -0.0, False, 0j, 1.5, 3 / 2, 2j, complex(0, 2), "0", b"0", bytearray(b"0"), None, [0]]:
    print(repr(v), which(v))

# big integers and long strings
match 2 ** 100:
    case 1267650600228229401496703205376:
        print("big int literal")
match "x" * 50:
    case "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx":
        print("long string literal")

# negative zero and nan
nan = float("nan")
match nan:
    case 0:
        print("no")
    case _:
        print("nan matches nothing by value")
match -0.0:
    case 0:
        print("-0.0 == 0")

# raw and unicode strings
match "a\\b":
    case r"a\b":
        print("raw string literal")
match "é":
    case "\u00e9":
        print("unicode escape literal")
