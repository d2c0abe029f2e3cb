# break, continue and return inside case bodies; match inside loops.
def first_even_pair(items):
    for item in items:
        match item:
            case (a, b) if a % 2 == 0 and b % 2 == 0:
                return item
            case (a, b):
                continue
            case "stop":
                break
            case _:
                print("skipping", item)
    return None

print(first_even_pair([(1, 2), "x", (2, 4), (6, 8)]))
print(first_even_pair([(1, 2), "stop", (2, 4)]))

total = 0
i = 0
while True:
    i += 1
    match i:
        case 1 | 2 | 3:
            total += i
        case 4:
            continue
        case n if n > 6:
            break
        case n:
            total += 10 * n
print(total, i)

# match inside try/finally with return
def g(v):
    try:
        match v:
            case 0:
                return "zero"
            case _:
                raise ValueError(v)
    except ValueError as e:
        return f"error {e}"
    finally:
        print("finally for", v)
print(g(0))
print(g(1))

# no case matches: execution continues after the statement
match 99:
    case 1:
        print("one")
    case 2:
        print("two")
print("after")
