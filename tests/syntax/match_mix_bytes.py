match x:
    case b'a' 'b':
        pass
