# __eq__ that compares self with self via == again.
class E:
    def __eq__(self, other):
        return self == other
E() == E()
