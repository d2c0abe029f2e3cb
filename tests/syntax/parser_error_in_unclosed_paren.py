def f(:
        pass
    pass
