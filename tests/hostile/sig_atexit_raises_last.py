# The last callback to run raises: its traceback ends stderr.
import atexit

def boom():
    raise KeyError("atexit key")
atexit.register(boom)
atexit.register(print, "first to run")
