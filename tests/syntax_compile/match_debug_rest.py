match x:
    case {"k": [v], **__debug__}:
        pass
