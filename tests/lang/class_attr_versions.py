# Class attributes changed at run time, seen through every lookup path
# (instance attribute, method, dunder slot, class attribute) on the class,
# its subclasses and grand-subclasses, including from sites that see many
# classes (the per-thread lookup cache behind the inline caches).
class Params:
    mode = False

class A:
    x = 1
    def f(self):
        return 'A.f'
    def __repr__(self):
        return 'A()'

class B(A):
    pass

class C(B):
    y = 'C.y'

class D(A):
    x = 'D.x'

def get_x(o):
    return o.x

def call_f(o):
    return o.f()

objs = [A(), B(), C(), D()]
for round in range(6):
    Params.mode = not Params.mode
    print(round, Params.mode, [get_x(o) for o in objs], [call_f(o) for o in objs],
          [repr(o) for o in objs], [getattr(o, 'y', None) for o in objs])
    if round == 1:
        A.x = 'A.x2'
    if round == 2:
        B.f = lambda self: 'B.f'
    if round == 3:
        A.__repr__ = lambda self: 'A2()'
        del B.f
    if round == 4:
        del A.x
        B.y = 'B.y'

# many classes, one site: the inline cache gives up and every access asks
# the class's MRO through the lookup cache
classes = []
for i in range(40):
    classes.append(type('K%d' % i, (C,) if i % 2 else (D,), {'k': i}))
insts = [k() for k in classes]
def total():
    return sum(o.k for o in insts), sorted(set(get_x(o) for o in insts), key=str)
print(total())
C.k = 'shadowed'
D.x = 'D.x2'
print(total())
A.x = 'A.x3'
print(total())
for k in classes[:10]:
    k.k = 100
print(total())
for k in classes:
    del k.k
try:
    total()
except TypeError as e:
    print('TypeError', e)
C.k = 1
D.k = 2
print(total())
print(Params.mode, Params().mode)
