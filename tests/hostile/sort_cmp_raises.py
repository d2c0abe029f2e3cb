# A comparison that raises mid-sort propagates; the list survives.
class C:
    def __lt__(self, other):
        raise ArithmeticError("lt")
a = [C(), C(), C()]
a.sort()
