# match with or-patterns, as-patterns, capture, wildcard and guards.
match v:
    case 1 | 2 | 3:
        pass
    case [1, 2] | (3, 4) as pair:
        pass
    case (1 as one) | (2 as one):
        pass
    case {"k": (1 | 2) as k}:
        pass
    case x if x > 0:
        pass
    case [x, y] if x == y:
        pass
    case _ if cond():
        pass
    case (_):
        pass
    case ((a)):
        pass
    case name:
        pass
match a, b:
    case x, y:
        pass
match (a):
    case _:
        pass
match *a, b:
    case _:
        pass
