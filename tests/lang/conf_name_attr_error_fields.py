# AttributeError.name/.obj and NameError.name: set by the VM when it raises,
# settable through the constructors.
class A:
    blech = 1
try:
    A().bluch
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__, e)
try:
    getattr(1, "reel")
except AttributeError as e:
    print(repr(e.name), e.obj, e)
try:
    AttributeError("x", name="n", obj=5)
    e = AttributeError("x", name="n", obj=5); print(e.name, e.obj)
except Exception as ex: print(type(ex).__name__, ex)
try:
    undefined_name_xyz
except NameError as e:
    print(repr(e.name), e)
e = NameError("m", name="nm"); print(e.name)
import traceback, sys
try:
    A().bluch
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
blech = 1
try:
    blach
except NameError:
    print(traceback.format_exc().splitlines()[-1])
try:
    pint
except NameError:
    print(traceback.format_exc().splitlines()[-1])
import pickle
e = AttributeError("x", name="n", obj=object())
print(pickle.loads(pickle.dumps(e)).args, e.__dict__)
try:
    (1).__foo__
except AttributeError as err:
    print(err.name, err.obj, err.__dict__)
    err.name = "changed"
    print(err.name, pickle.loads(pickle.dumps(err)).args)
class G:
    def __getattr__(self, name):
        raise AttributeError("custom", name="preset", obj=1)
try:
    G().missing
except AttributeError as err:
    print(err.name, err.obj)
try:
    AttributeError("x", bad=1)
except TypeError as err:
    print(err)
try:
    NameError("x", obj=1)
except TypeError as err:
    print(err)
def f():
    try:
        del undefined_global_q
    except NameError as err:
        print(err.name, err)
f()
print(UnboundLocalError().name if hasattr(UnboundLocalError(), "name") else "none")
