# Guards: evaluated after the pattern matched and names were bound.
def classify(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, _) if x < 0:
            return "left"
        case (_, _):
            return "above"
        case _:
            return "not a point"

for p in [(1, 1), (3, 2), (-1, 5), (1, 5), [2, 2], "ab", 3]:
    print(p, classify(p))

# guard with side effects, evaluated only when the pattern matched
log = []
def check(v):
    log.append(v)
    return v > 1

for v in [1, 2, [3]]:
    match v:
        case int(n) if check(n):
            print("big int", n)
        case int(n):
            print("small int", n)
        case _:
            print("not an int")
print(log)

# a walrus in a guard binds in the enclosing scope
match 10:
    case n if (half := n // 2) > 3:
        print("half", half)

# a guard that raises
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# guard on the last irrefutable case
match 7:
    case x if x % 2 == 0:
        print("even")
    case x if x % 2:
        print("odd", x)
