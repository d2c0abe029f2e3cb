# match inside generators and with yields in case bodies.
def tokens(items):
    for it in items:
        match it:
            case int(n) if n >= 0:
                yield ("num", n)
            case int(n):
                yield ("neg", -n)
            case str(s) if s.isalpha():
                yield ("name", s)
            case [*inner]:
                yield from tokens(inner)
            case _:
                yield ("unknown", it)

print(list(tokens([1, -2, "x", [3, ["y", 4.5]], "1a"])))

def echo():
    while True:
        v = yield
        match v:
            case None:
                return "done"
            case {"say": words}:
                print("said", words)
            case _:
                print("got", v)

g = echo()
next(g)
g.send({"say": "hi"})
g.send(5)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

# match on a generator expression's result
match [x * x for x in range(4)]:
    case [0, 1, *more]:
        print("squares", more)
