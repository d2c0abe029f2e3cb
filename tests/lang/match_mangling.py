# Private names: captures are mangled in class bodies, keyword attributes are not.
class C:
    _A__x = "mangled"
    __match_args__ = ("__y",)
    __y = 0
class A:
    match C():
        case C(__x=v):
            print("kw", v)
    match C():
        case C(__z):
            print("cap", __z)
    match C():
        case C(__x="mangled"):
            print("kw const")
    y = "mangled"
    class Inner:
        pass
    import math
    match 3.141592653589793:
        case math.pi:
            print("pi")
