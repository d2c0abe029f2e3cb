# A keyword repeated in a class statement is a compile-time SyntaxError.
print("never printed")
class Base: pass
class A(Base, x=1, y=2, x=3): pass
