# match with literal, value and singleton patterns.
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "s":
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
    case f"{x}" if False:
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case _:
        pass
