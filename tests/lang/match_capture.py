# Capture patterns bind the subject; wildcard binds nothing.
match 42:
    case x:
        print("captured", x)

def g(v):
    match v:
        case 1:
            return "one"
        case other:
            return f"other={other!r}"

print(g(1), g(2), g("s"))

match [1, 2]:
    case _:
        print("wildcard")
try:
    _
except NameError as e:
    print("NameError", e)

# capture rebinds an existing variable
y = "old"
match "new":
    case y:
        pass
print(y)

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 3

match subject():
    case 1: pass
    case 2: pass
    case 3: print("three")
print(len(calls))

# capture in a function is a local
def h(v):
    match v:
        case [a, b]:
            return a + b
    return None
print(h([1, 2]), h([1]), h("ab"))

# the match subject may be rebound by a capture; later cases still see it
def k(x):
    match x:
        case [x] if x > 10:
            return ("big", x)
        case [x]:
            return ("small", x)
        case _:
            return ("other", x)
print(k([5]), k([50]), k(3))
