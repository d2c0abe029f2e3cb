# _imp's name arguments accept str subclasses (pdb's _ModuleTarget is one,
# and runpy hands it to importlib's finders).
import _imp
import importlib.util
import runpy

class Target(str):
    pass

print(bool(_imp.is_builtin(Target("sys"))), bool(_imp.is_builtin(Target("nosuchmodule"))))
print(_imp.is_frozen(Target("nosuchmodule")))
print(_imp.find_frozen(Target("nosuchmodule")))
for bad in [1, b"sys"]:
    try:
        _imp.is_builtin(bad)
    except TypeError as e:
        print("TypeError", e)
spec = importlib.util.find_spec(Target("json"))
print(spec.name, spec.parent)
mod_name, spec, code = runpy._get_module_details(Target("json.tool"))
print(mod_name, spec.name, type(code).__name__)
