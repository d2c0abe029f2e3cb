# Assignment forms: plain, chained, tuple/list targets, annotated.
x = 1
a = b = c = x
a, b = b, a
[a, b] = 1, 2
(a, b), c = (1, 2), 3
obj.attr = 5
obj[0] = obj[1:2] = 6
x: int
x: int = 3
(y): str = "s"
obj.attr: float = 1.0
obj[k]: list[int]
a = yield_ = 2
