def f():
    return [f'{(yield x)}' for x in y]
