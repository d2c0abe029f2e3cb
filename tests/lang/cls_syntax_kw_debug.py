# __debug__ as a class keyword is a compile-time SyntaxError.
print("never printed")
class A(__debug__=1): pass
