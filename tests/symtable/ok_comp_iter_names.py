def f(data):
    return [x for x in data for data in x]
