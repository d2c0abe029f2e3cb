class K:
    a = "k"
    b = "k"

match {"k": 1, "j": 2}:
    case {K.a: 1, K.b: 2}:
        pass
