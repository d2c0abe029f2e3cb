# Closures: cells, free variables, late binding, nested scopes.
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc(10)
a(1)
print(a(2))
g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
write_global()
print(read_global())
def param_cell(v):
    def get():
        return v
    v = v * 2
    return get
print(param_cell(21)())
