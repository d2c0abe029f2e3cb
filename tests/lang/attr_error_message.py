# The AttributeError message object.__getattribute__ assembles in place
# (ASCII type name, Latin-1 attribute name) and the general one.
class C: pass
class É: pass
for o, n in [(C(), 'xyz'), (1, 'foo'), (C(), 'é'), (É(), 'a'), (C(), '中'), ([], '')]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(ascii(str(e)), e.args, e.name == n, e.obj is o)
    print(hasattr(o, n))
try:
    C().missing
except AttributeError as e:
    print(repr(e), e.__context__)
