# Raising a class whose __init__ raises: the __init__ error propagates.
class E(Exception):
    def __init__(self):
        raise KeyError("init")
raise E
