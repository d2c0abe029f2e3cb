f = lambda x: x +
