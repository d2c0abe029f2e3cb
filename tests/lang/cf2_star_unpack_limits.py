# CPython limits star-unpacking targets: at most 255 names before the star
def try_compile(s):
    try:
        compile(s, 'test', 'exec')
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

try_compile(", ".join("a%d" % i for i in range(255)) + ", *rest = range(300)")
try_compile(", ".join("a%d" % i for i in range(256)) + ", *rest = range(300)")
try_compile(", ".join("a%d" % i for i in range(257)) + ", *rest = range(300)")
try_compile("*rest, " + ", ".join("a%d" % i for i in range(300)) + " = range(300)")
try_compile("[" + ", ".join("a%d" % i for i in range(256)) + ", *rest] = range(300)")
try_compile("for " + ", ".join("a%d" % i for i in range(256)) + ", *rest in x: pass")
ns = {}
exec(", ".join("a%d" % i for i in range(255)) + ", *rest = range(300)", ns)
print(ns["a0"], ns["a254"], len(ns["rest"]))
exec("*rest, " + ", ".join("b%d" % i for i in range(300)) + " = range(301)", ns)
print(ns["rest"], ns["b0"], ns["b299"])
