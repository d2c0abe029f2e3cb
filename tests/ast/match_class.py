# match with class patterns: positional, keyword, both.
match p:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x, y=[a, b]):
        pass
    case a.b.C(a, b, c=d, e=f):
        pass
    case int(n) | float(n):
        pass
    case Point(x=Point(y=0)):
        pass
    case C(a,):
        pass
