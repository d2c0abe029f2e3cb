# Attribute caches stay correct when classes and instances change.
class A:
    def m(self):
        return "method"
    cls_attr = "class"

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_x(o, v):
    o.x = v

objs = []
for i in range(3):
    a = A()
    a.x = i
    objs.append(a)
print([get_x(o) for o in objs], [call_m(o) for o in objs])

b = A()
b.y = 0
b.x = "other shape"
print(get_x(b))

class B(A):
    pass
bb = B()
bb.x = "subclass"
print(get_x(bb), call_m(bb))

shadow = A()
shadow.m = lambda: "instance attr"
print(call_m(objs[0]), call_m(shadow))

A.m = lambda self: "replaced"
print(call_m(objs[0]), call_m(bb))

class Prop:
    pass
p = Prop()
p.x = "plain"
print(get_x(p), get_x(p))
Prop.x = property(lambda self: "property wins")
print(get_x(p))
del Prop.x
print(get_x(p))

for i in range(3):
    set_x(objs[i], i * 10)
print([o.x for o in objs])
class Guard:
    def __set__(self, obj, value):
        print("descriptor set", value)
    def __get__(self, obj, typ=None):
        return "descriptor get"
A.x = Guard()
set_x(objs[0], 99)
print(get_x(objs[0]), objs[0].__dict__)
del A.x
print(get_x(objs[0]))

print(getattr(objs[1], "cls_attr"), objs[1].cls_attr)
objs[1].cls_attr = "instance"
print(objs[1].cls_attr, objs[2].cls_attr, A.cls_attr)
