# Value patterns: dotted names compared with ==.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
    return "unknown"

for v in [1, 2, 3, 4, 1.0, True]:
    print(v, name(v))

class Outer:
    class Inner:
        VALUE = "deep"

match "deep":
    case Outer.Inner.VALUE:
        print("nested attribute")

# the value is looked up each time the pattern runs
class Config:
    limit = 10
def check(v):
    match v:
        case Config.limit:
            return "at limit"
    return "not at limit"
print(check(10))
Config.limit = 20
print(check(10), check(20))

# missing attribute in a value pattern raises
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print("AttributeError", e)

# a value pattern on a module-like object
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
