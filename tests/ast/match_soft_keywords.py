# match, case and _ as ordinary names (soft keywords).
match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
print(match, case, _)
match * 2
match - 1
def match(case):
    return case
class case:
    match = 1
match match:
    case case:
        pass
match (x):
    case [match, case]:
        pass
match -x:
    case _:
        pass
