match x:
    case 1:
        pass
    case (a | 2) | 3:
        pass
