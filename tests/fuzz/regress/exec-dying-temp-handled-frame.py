# A frame that handled an exception reads every register when it returns;
# a dying big-int temporary freed by `+` was still in one (kr_is_exc on a
# freed block).
A = 3 ** 200
B = 7 ** 90


def f(i):
    try:
        raise ValueError(i)
    except ValueError:
        pass
    return (A * B) + (B * A)


for i in range(5000):
    f(i)
