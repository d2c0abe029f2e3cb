x: int = 3
y: str
z: "list"
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print(e)
if True:
    w: float = 1.5
for i in range(1):
    v: bool
print(__annotations__)
print(type(__annotations__).__name__)
class Obj:
    pass
o = Obj()
o.attr: int = 5
print(o.attr)
d = {}
d['k']: str = 'v'
print(d)
(p): int = 7
print('p' in __annotations__, p)
