# Evaluation order and register reuse: walrus, swaps, chained comparisons, nested try/finally.
def w():
    x = 1
    y = x + (x := 5)
    print(y, x)
    if (n := len("abc")) > 2:
        print("n", n)
    return [z := i * 2 for i in range(3)], z
print(w())
def swap():
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    a = b = a + 1
    print(a, b)
swap()
def chain(v):
    return 0 < v < 10 < 100, v < 0 or v > 5 and v != 7
print(chain(5), chain(7), chain(50))
def t():
    x = 10
    x = x and x - 1
    y = 3
    y = y if y > 5 else y + x
    return x, y
print(t())
def except_var():
    try:
        raise ValueError("v")
    except ValueError as e:
        f = lambda: e
        msg = str(f())
    try:
        e
    except NameError as ne:
        print("deleted:", ne)
    return msg
print(except_var())
def nested_try():
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                if i == 1:
                    continue
                return "ret %d" % i
            finally:
                print("inner finally", i)
        except KeyError as k:
            print("caught", k)
        finally:
            print("outer finally", i)
print(nested_try())
class C:
    n = 5
    items = [n * i for i in range(3)] if False else [1]
    def m(self):
        return C.n
print(C().m(), C.items)
def kw(a, *, b=2, **rest):
    return a, b, rest
print(kw(1, b=3, c=4), kw(a=0))
try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(1, 2)
except TypeError as e:
    print(e)
try:
    kw(1, a=2)
except TypeError as e:
    print(e)
g = (i for i in range(3))
print(next(g), list(g), list(g))
x = 5
def shadow():
    print(x)
shadow()
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3)) if v})
