import sys
def inner():
    x = 42
    raise ValueError("boom")
def outer():
    try:
        inner()
    except ValueError as e:
        tb = e.__traceback__
        f = tb.tb_frame
        print(f.f_code.co_name, f is tb.tb_frame, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
        print(tb.tb_next.tb_frame.f_lineno, tb.tb_lasti >= 0)
        print(f.f_back.f_code.co_name, type(f).__name__)
        return e
e = outer()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals())
try:
    1/0
except ZeroDivisionError as z:
    print(z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_frame.f_locals is globals())
