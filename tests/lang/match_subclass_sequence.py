# Subclasses of list and tuple are sequences; subclasses of str are not.
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyStr(str):
    pass

def f(v):
    match v:
        case [a, b]:
            return f"seq {a} {b}"
        case MyStr():
            return "mystr"
    return "other"

print(f(MyList([1, 2])), f(MyTuple((3, 4))), f(MyStr("ab")))

# self-matching is inherited
match MyList([1]):
    case list(x):
        print(type(x).__name__, x)
match MyStr("s"):
    case str(s):
        print(type(s).__name__, s)
