import types
ns1 = types.SimpleNamespace(a=1, b=2)
ns2 = types.SimpleNamespace()
ns3 = types.SimpleNamespace(x=1)
ns1.spam = ns1
ns2.spam = ns3
ns3.spam = ns2
print(repr(ns1), repr(ns2))
class Sub(types.SimpleNamespace): pass
s = Sub(q=1); s.me = s; print(repr(s))
