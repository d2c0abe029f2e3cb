# An error in __set_name__ becomes RuntimeError (3.11) with the original as cause.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)

try:
    class A:
        x = Bad()
except RuntimeError as e:
    print('RuntimeError', e)
    print(type(e.__cause__).__name__, e.__cause__)

class WrongSig:
    def __set_name__(self):
        pass
try:
    class B:
        y = WrongSig()
except RuntimeError as e:
    print('RuntimeError', e)
    print(type(e.__cause__).__name__, e.__cause__)

# Names that are not identifiers, via type().
try:
    type('C', (), {'odd key': Bad()})
except RuntimeError as e:
    print('RuntimeError', e)
