# The TypeError of unpacking and of 'in' on things that are not iterable.
for v in [1, None, {1: 2}, object()]:
    try:
        a, b = v
    except Exception as e: print(type(e).__name__, e)
    try:
        a, *b = v
    except Exception as e: print(type(e).__name__, e)
    try:
        print(1 in v)
    except Exception as e: print(type(e).__name__, e)
class G:
    def __getitem__(self, i): raise TypeError("boom")
try:
    a, b = G()
except Exception as e: print(type(e).__name__, e)
try:
    1 in G()
except Exception as e: print(type(e).__name__, e)
