# An exception inside __del__ is reported as "Exception ignored" and the program exits 0.
class D:
    def __del__(self):
        raise ValueError("in del")
d = D()
del d
