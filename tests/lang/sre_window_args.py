# Pattern.match/search/fullmatch/findall/finditer/scanner arguments: the
# common one-positional call takes a short path; every other form, and
# every error, must still read as CPython's.
import re

p = re.compile(r"\w+")
s = "ab cd ef"
for name in ("match", "search", "fullmatch", "findall", "finditer", "scanner"):
    f = getattr(p, name)
    calls = [
        ("s", lambda: f(s)),
        ("s,3", lambda: f(s, 3)),
        ("s,3,5", lambda: f(s, 3, 5)),
        ("string=s", lambda: f(string=s)),
        ("s,pos=3", lambda: f(s, pos=3)),
        ("s,endpos=2", lambda: f(s, endpos=2)),
        ("s,-5,100", lambda: f(s, -5, 100)),
        ("()", lambda: f()),
        ("s,1,2,3", lambda: f(s, 1, 2, 3)),
        ("s,x=1", lambda: f(s, x=1)),
        ("s,string=s", lambda: f(s, string=s)),
        ("None", lambda: f(None)),
        ("5", lambda: f(5)),
        ("b''", lambda: f(b"ab")),
        ("s,'1'", lambda: f(s, "1")),
        ("s,1.5", lambda: f(s, 1.5)),
    ]
    for label, call in calls:
        try:
            r = call()
            if name == "finditer":
                r = [m.span() for m in r]
            elif name == "scanner":
                r = r.search()
            if isinstance(r, re.Match):
                r = (r.span(), r.pos, r.endpos)
            print(name, label, r)
        except Exception as e:
            print(name, label, type(e).__name__, e)
