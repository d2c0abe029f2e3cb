# Errors in except* clauses themselves.
def attempt(kind):
    try:
        try:
            raise TypeError(1)
        except* kind:
            print("caught?")
    except Exception as e:
        print(type(e).__name__, e)

attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(5)
attempt((ValueError, "x"))
attempt(object)

class MyGroup(ExceptionGroup):
    pass
attempt(MyGroup)

# the clause type is checked even when the exception does not reach it
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("first clause")
    except* 42:
        print("never")
except TypeError as e:
    print("TypeError", e)

# an error evaluating the clause expression
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError", e)
