# Errors raised while matching mapping patterns.
# runtime duplicate keys through value patterns
class C:
    one = 1
    also_one = 1
try:
    match {1: "x", 2: "y"}:
        case {C.one: a, C.also_one: b}:
            print("no")
except ValueError as e:
    print("ValueError", e)

# unhashable keys in value patterns
class U:
    key = [1]
try:
    match {1: 2}:
        case {U.key: v}:
            pass
except TypeError as e:
    print("TypeError", e)

# the subject's len() is checked before keys are looked up
match {1: "x"}:
    case {C.one: a, C.also_one: b}:
        print("no")
    case _:
        print("too short for two keys: no duplicate check")

# a failing __eq__ during lookup propagates
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")
class H:
    key = BadHash()
try:
    match {1: 2}:
        case {H.key: v}:
            pass
except RuntimeError as e:
    print("RuntimeError", e)
