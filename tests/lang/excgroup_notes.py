# add_note() and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
notes = e.__notes__
e.add_note("third")
print(notes is e.__notes__, notes)

for bad in (5, None, b"bytes", ["list"]):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError", err)

try:
    e.add_note()
except TypeError as err:
    print("TypeError", err)

e2 = KeyError("k")
e2.__notes__ = ("tuple",)
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError", err)

e3 = TypeError()
e3.__notes__ = []
e3.add_note("into existing list")
print(e3.__notes__)

# notes on groups and on user exceptions
class MyError(Exception):
    pass
m = MyError()
m.add_note("custom")
print(m.__notes__)
g = ExceptionGroup("g", [m])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__notes__)

# deleting notes
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__)
