# _warnings keeps the last filters list warnings.py had: deleting
# warnings.filters leaves them in force; warn_explicit's module_globals
# must be a dict or None.
import _warnings
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always", UserWarning)
    _warnings.warn_explicit("msg", UserWarning, "filename", 42, module_globals=None)
    print(len(w))
    try:
        _warnings.warn_explicit("msg", UserWarning, "filename", 42, module_globals=True)
    except TypeError as e:
        print("TypeError", e)
    _warnings.warn_explicit("msg", UserWarning, "filename", 42, module_globals={})
    print(len(w), w[-1].filename, w[-1].lineno)

with warnings.catch_warnings():
    warnings.filterwarnings("error", "", Warning, "", 0)
    try:
        _warnings.warn("convert to error")
    except UserWarning as e:
        print("raised", e)
    saved = warnings.filters
    del warnings.filters
    try:
        _warnings.warn("still an error")
    except UserWarning as e:
        print("raised", e)
    warnings.filters = saved
