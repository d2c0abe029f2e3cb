try:
    pass
except E as err:
    pass
def f():
    try:
        pass
    except (A, B) as e:
        pass
