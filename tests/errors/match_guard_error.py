def f(data):
    match data:
        case {"n": n} if n / 0:
            return n
        case _:
            return None

f({"n": 1})
