print(eval("1 + 2"))
x = 10
print(eval("x * 2"))
print(eval("x + y", {'x': 1, 'y': 2}))
print(eval("x + y", {'x': 1}, {'y': 5}))
print(eval("  3 * 3"))
print(eval("\t4"))
print(eval(b"5 + 5"))
print(eval(compile("6 * 7", "<e>", "eval")))
def f():
    a = 3
    return eval("a + 1")
print(f())
print(eval("[i * i for i in range(4)]"))
print(eval("len('abc')", {}))
print(eval("abs(-3)", {'__builtins__': {'abs': abs}}))
g = {}
eval("1", g)
print('__builtins__' in g)
print(eval("(lambda q: q + 1)(1)"))
print(eval(compile("z = 1", "<s>", "exec"), {}))
class M:
    pass
print(eval("__name__"))
