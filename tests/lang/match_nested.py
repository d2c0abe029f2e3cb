# A small expression evaluator written with match.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand

def ev(node):
    match node:
        case Num(v):
            return v
        case Neg(Num(v)):
            return -v
        case Neg(x):
            return -ev(x)
        case BinOp("+", l, r):
            return ev(l) + ev(r)
        case BinOp("*", l, Num(0)) | BinOp("*", Num(0), l):
            return 0
        case BinOp("*", l, r):
            return ev(l) * ev(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(node)

tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(ev(tree))
print(ev(BinOp("*", Neg(BinOp("+", Num(1), Num(1))), Num(0))))
try:
    ev(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError", e)

def simplify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item, *_]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"

for c in ["go north", "go up", "pick up key lamp", "pick up", "drop sword now", "quit", "", "dance"]:
    print(repr(c), "->", simplify(c))

# deeply nested data
data = {"user": {"name": "ann", "roles": ["admin", "dev"], "meta": (1, {"k": [1, 2, 3]})}}
match data:
    case {"user": {"name": str(name), "roles": [*_, "dev"], "meta": (_, {"k": [*_, last]})}}:
        print(name, last)
