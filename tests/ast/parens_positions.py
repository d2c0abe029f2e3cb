# Parentheses and multi-line expressions: positions ignore parens.
x = (a)
y = ((a))
z = (
    a
    + b
)
t = (a,
     b)
u = [
    1,
    2,
]
v = f(
    a,
)(
    b
)
w = (a
     .b
     .c())
q = (a
     [0])
r = ((a, b)
     , c)
(a) = 1
(a), (b) = 1, 2
(((a))).b = 1
