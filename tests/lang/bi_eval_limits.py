def f(n):
    if n == 0:
        return 0
    return eval("f(n - 1)") + 1
print(f(200))
try:
    f(100000)
except RecursionError:
    print('RecursionError')
try:
    eval("(" * 300 + ")" * 300)
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval("-" * 100000 + "1")
except MemoryError as e:
    print(repr(e))
print(eval("+".join(["1"] * 5000)))
big = "x = 0\n" + "x += 1\n" * 3000
ns = {}
exec(big, ns)
print(ns['x'])
print(len(eval("[" + "1," * 10000 + "]")))
