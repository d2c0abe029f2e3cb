# A __repr__ that calls repr(self): recursion through a builtin.
class R:
    def __repr__(self):
        return repr(self)
repr(R())
