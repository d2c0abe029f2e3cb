# f_lineno jump to a nested function's def line (its set-up instructions are not a target): was a crash
import sys
def test_function():
   __author__ = "pi"
   __version__ = "3.14"

   def about():
       '''About'''
       print(f"Author: {__author__!r}",
           f"Version: {__version__!r}",
           sep=" ")
   about()

state = {"jumped": False}
def tracer(frame, event, arg):
    if frame.f_code.co_name == "about":
        if event == "line" and frame.f_lineno == 8 and not state["jumped"]:
            state["jumped"] = True
            try:
                frame.f_lineno = 6
            except Exception as e:
                print(type(e).__name__, e)
        return tracer
    return tracer
sys.settrace(tracer)
test_function()
sys.settrace(None)
print("done")
