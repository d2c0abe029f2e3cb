match x:
    case {'k': v} as 1:
        pass
