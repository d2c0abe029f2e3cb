# Many cases, long sequences and many keys.
def f(n):
    match n:
        case 0: return "a"
        case 1: return "b"
        case 2: return "c"
        case 3: return "d"
        case 4: return "e"
        case 5: return "f"
        case 6: return "g"
        case 7: return "h"
        case 8: return "i"
        case 9: return "j"
        case 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19: return "teen"
        case _: return "big"
print("".join(f(i) for i in range(12)), f(15), f(100))

match list(range(20)):
    case [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, y]:
        print("twenty", y)

d = {str(i): i for i in range(30)}
match d:
    case {"0": a, "5": b, "10": c, "15": e, "20": g, "25": h, "29": k, **rest}:
        print(a, b, c, e, g, h, k, len(rest))

# a long or-pattern of strings
def vowel(ch):
    match ch:
        case "a" | "e" | "i" | "o" | "u" | "A" | "E" | "I" | "O" | "U":
            return True
    return False
print("".join(c for c in "Pattern Matching In Python" if vowel(c)))
