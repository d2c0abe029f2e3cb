# Explicit line joining with backslashes.
x = 1 + \
    2
if a and \
   b:
    pass
y = [1,
     2] + \
    [3]
assert x, \
    "message"
with a as b, \
     c as d:
    pass
def f(a,
      b): \
    return a
z = \
1
s = "abc" \
    "def"
