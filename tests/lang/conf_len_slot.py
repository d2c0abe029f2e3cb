# len() and bool() through __len__: the result goes through __index__, then
# negative is ValueError and past sys.maxsize OverflowError.
import sys
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class I:
    def __index__(self): return 7
for v in [3, True, None, 4.5, -10, sys.maxsize, sys.maxsize + 1, -sys.maxsize - 10, I(), 2**100, "3"]:
    try: print(len(L(v)))
    except Exception as e: print(type(e).__name__, e)
    try: print(bool(L(v)))
    except Exception as e: print(type(e).__name__, e)
