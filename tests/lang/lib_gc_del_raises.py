# An exception in __del__ is reported ("Exception ignored in: ...") and
# the program carries on; at exit the rest are finalized.
import gc
class D:
    def __del__(self):
        raise ValueError("in del")
def make():
    D()
make()
gc.collect()
print("still running")
d = D()
