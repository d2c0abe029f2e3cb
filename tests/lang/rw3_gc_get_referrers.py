# gc.get_referrers finds the namespaces holding an object: a module's
# globals and a class's dict (hypothesis's register_random asks whether
# anything keeps the Random it is given).
import gc
import random

r = random.Random(1)


class Holder:
    inst = random.Random(2)


refs = gc.get_referrers(r)
print(any(x is globals() for x in refs))
print(any(isinstance(x, dict) and x.get("inst") is Holder.inst for x in gc.get_referrers(Holder.inst)))
print(any(isinstance(x, dict) and x.get("_inst") is random._inst for x in gc.get_referrers(random._inst)))
both = gc.get_referrers(r, Holder.inst)
print(any(x is globals() for x in both), any(isinstance(x, dict) and "inst" in x for x in both))
print(gc.get_referrers(), type(gc.get_referrers(r)).__name__)
try:
    gc.get_referrers(r, key=1)
except TypeError as e:
    print("TypeError", e)
