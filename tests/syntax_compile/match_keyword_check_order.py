match x:
    case C(a=1, __debug__=2, a=3):
        pass
