# None, True and False match by identity.
def f(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"

for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], "None"]:
    print(repr(v), f(v))

class EqAll:
    def __eq__(self, other):
        return True

print(f(EqAll()))

match 0:
    case False:
        print("0 is False?")
    case 0:
        print("0 matched 0, not False")
