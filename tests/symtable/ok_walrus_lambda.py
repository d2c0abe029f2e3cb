f = lambda: [(w := i) for i in ()]
