# A __hash__ that raises propagates out of dict insertion.
class H:
    def __hash__(self):
        raise ZeroDivisionError("no hash")
d = {}
d[H()] = 1
