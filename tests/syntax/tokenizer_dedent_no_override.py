a b
if x:
        pass
    pass
