# match with mapping patterns and **rest.
match m:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": x, "b": y}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -1: b, 2.5: c, None: d, True: e, K.v: f}:
        pass
    case {"nested": {"deep": [a, *b]}}:
        pass
    case {"k": v,}:
        pass
