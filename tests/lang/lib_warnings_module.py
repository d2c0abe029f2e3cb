# warnings.py on top of _warnings.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", DeprecationWarning)
    warnings.warn("again", UserWarning)
    warnings.warn(RuntimeWarning("instance"))
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("silent")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("just once")
print(len(w), warnings.filters[0][0])
def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    deprecated()
print(w[0].lineno, w[0].filename == __file__, str(w[0].message))
print("end")
