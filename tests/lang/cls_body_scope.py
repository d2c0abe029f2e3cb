# Names in a class body: class scope, globals, enclosing functions.
x = 'global x'
def outer():
    x = 'outer x'
    y = 'outer y'
    class C:
        print('C sees', x)    # the enclosing function's x
        x = 'class x'
        print('C now', x)
        z = y
        def m(self):
            return x          # skips the class scope
        vals = [i for i in range(3)]
        doubled = [v * 2 for v in vals]
    return C
C = outer()
print(C.x, C.z, C().m(), C.doubled)

class D:
    x = 'D x'
    print(x)
    del x
    print(x)              # the global now
print(hasattr(D, 'x'))

# A name assigned later in the body is looked up in globals before that.
class E:
    print(x)
    x = 1
print(E.x)

# nonlocal from a method reaches the function scope, not the class.
def counter():
    n = 0
    class K:
        def bump(self):
            nonlocal n
            n += 1
            return n
    k = K()
    k.bump()
    return k.bump()
print(counter())

# Class bodies run once, at definition, in order.
log = []
class F:
    log.append('F body')
    class G:
        log.append('G body')
    log.append('F end')
print(log)
