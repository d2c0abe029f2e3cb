match x:
    case C(**k):
        pass
