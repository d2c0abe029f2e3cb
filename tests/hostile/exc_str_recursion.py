# __str__ that recurses forever on an uncaught exception.
class E(Exception):
    def __str__(self):
        return str(self)
raise E()
