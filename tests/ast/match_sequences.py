# match with sequence patterns, star patterns.
match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b, *rest]:
        pass
    case (a, *_, b):
        pass
    case [*_]:
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case [[a, b], (c, d)]:
        pass
    case [1, "x", None, *others]:
        pass
