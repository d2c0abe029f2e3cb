# KeyError's str() uses repr() of the key; a raising __repr__ gives <exception str() failed>.
class K:
    def __repr__(self):
        raise TypeError("no repr")
raise KeyError(K())
