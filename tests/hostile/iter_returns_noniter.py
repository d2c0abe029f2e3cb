# __iter__ returning a non-iterator: TypeError.
class I:
    def __iter__(self):
        return 5
for x in I():
    pass
