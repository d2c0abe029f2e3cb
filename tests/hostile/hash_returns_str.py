# __hash__ returning a non-int: TypeError.
class H:
    def __hash__(self):
        return "abc"
{H()}
