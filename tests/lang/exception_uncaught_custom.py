# An uncaught exception of a class defined in the program.
class AppError(Exception):
    pass
def fail():
    raise AppError("bad thing", 42)
print("start")
fail()
