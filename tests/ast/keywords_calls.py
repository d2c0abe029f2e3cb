# Keyword arguments and their positions.
f(a=1)
f(a=1, b=2)
f(**{})
f(a=1, **k, b=2)
f(x, a=(1, 2))
f(
    key=
    value,
)
f(a = 1)
