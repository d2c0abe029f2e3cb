# Many objects with attributes survive collections with their values intact.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.label = "n" + str(value)

head = None
for i in range(3000):
    head = Node(i, head)
    if i % 7 == 0:
        head.extra = [i] * 3

count = total = extras = 0
n = head
while n is not None:
    count += 1
    total += n.value
    if hasattr(n, "extra"):
        extras += n.extra[2]
    n = n.next
print(count, total, extras, head.label, head.next.label)

grown = []
for i in range(500):
    o = Node(i, None)
    for k in range(i % 10):
        setattr(o, "k" + str(k), k * i)
    grown.append(o)
print(sum(getattr(o, "k5", 0) for o in grown), len(grown[-1].__dict__))
class Big:
    pass
b = Big()
for i in range(300):
    setattr(b, "a" + str(i), i)
print(sum(getattr(b, "a" + str(i)) for i in range(300)), len(b.__dict__))
