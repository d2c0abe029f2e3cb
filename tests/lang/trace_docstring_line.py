# a function's docstring is not code: no line event for it (nested and plain functions)
import sys
def outer():
    x = 1
    def about():
        '''About'''
        print(x)
    about()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "about":
        print(event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
outer()
sys.settrace(None)

def about():
    '''About'''
    print(1)
def tracer(frame, event, arg):
    if frame.f_code.co_name == "about":
        print(event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
about()
sys.settrace(None)
