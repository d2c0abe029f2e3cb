class Point:
    __match_args__ = ("x",)
    x = 1

def where(p):
    match p:
        case Point(1, 2):
            return "?"

where(Point())
