# "Did you mean" after an uncaught AttributeError / NameError (mod).
import sys
sys.argv[1:] = ["mod"]
class A:
    blech = 1
    def method(self): pass
which = sys.argv[1]
blech_global = 1
def f():
    local_variable = 1
    return local_varable
if which == "attr": A().bluch
elif which == "meth": A().methd()
elif which == "name": blech_globl
elif which == "local": f()
elif which == "builtin": pint("x")
elif which == "none": A().zzzzzzzzz
elif which == "mod": import os; os.pathh
