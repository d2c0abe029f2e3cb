# __str__ calling str(self).
class S:
    def __str__(self):
        return str(self)
str(S())
