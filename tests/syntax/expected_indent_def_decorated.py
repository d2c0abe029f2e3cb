@dec
def f():

# nothing
