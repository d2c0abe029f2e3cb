# __next__ raising a non-StopIteration error inside a for loop.
class I:
    def __iter__(self):
        return self
    def __next__(self):
        raise FloatingPointError("next")
for x in I():
    pass
