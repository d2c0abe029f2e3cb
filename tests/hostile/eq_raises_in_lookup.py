# Colliding keys whose __eq__ raises: the error propagates out of the lookup.
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ArithmeticError("eq")
d = {K(): 1}
d[K()]
