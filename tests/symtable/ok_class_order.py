@dec(lambda: 0)
class C(base(lambda: 1), meta=(lambda: 2)):
    x = lambda: 3
