# Attribute insertion order, deletion and re-adding, many attributes.
class O:
    pass

o = O()
for name in ["b", "a", "d", "c"]:
    setattr(o, name, name.upper())
print(o.__dict__)
p = O()
p.b = 1
p.a = 2
del p.b
p.b = 3
print(p.__dict__, p.a, p.b)

many = O()
for i in range(100):
    setattr(many, "attr" + str(i), i)
print(many.attr0, many.attr63, many.attr64, many.attr99, len(many.__dict__))
print(list(many.__dict__)[:3], list(many.__dict__)[-2:])

q = O()
q.x = 1
q.x = 2
q.x = 3
print(q.x, q.__dict__)
try:
    del q.y
except AttributeError as e:
    print("AttributeError", e)
del q.x
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del q.x
except AttributeError as e:
    print("AttributeError", e)
name = "".join(["dyn", "amic"])
setattr(q, name, "ok")
print(q.dynamic, getattr(q, "dyn" + "amic"), q.__dict__)

key = "".join(["str", "sub"])
q.__dict__[key] = 1
print(q.strsub, sorted(q.__dict__))
