match x:
    case [a, *rest]:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=px, y=0) | Point(px, _):
        pass
    case (1 | 2) as num if num > guard:
        pass
    case Const.VALUE:
        pass
    case None:
        pass
