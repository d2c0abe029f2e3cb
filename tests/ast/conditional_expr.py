# Conditional expressions, nested and in various contexts.
a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = lambda: a if b else c
[a if b else c for d in e]
f(a if b else c)
a or b if c and d else e or f
not a if b else c
