class Mapping:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(('get', key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(('set', key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(('del', key))
        del self.data[key]
    def keys(self):
        return self.data.keys()
m = Mapping()
exec("a = 1\nb = a + 1\ndel a", {}, m)
print(m.data, m.log)
print(eval("b * 10", {}, m))
print(eval("len('xy')", {}, m))
class Default:
    def __getitem__(self, key):
        if key.startswith('v'):
            return key.upper()
        raise KeyError(key)
print(eval("vx + vy", {}, Default()))
try:
    eval("other", {}, Default())
except NameError as e:
    print(e)
print(eval("g", {'g': 'from globals'}, Default()))
class Broken:
    def __getitem__(self, key):
        raise ValueError('broken ' + key)
try:
    eval("name", {}, Broken())
except ValueError as e:
    print(e)
m2 = Mapping()
try:
    exec("del missing", {}, m2)
except NameError as e:
    print(e)
m3 = Mapping()
exec("x: int = 5", {}, m3)
print(m3.data)
m4 = Mapping()
exec("names = dir()\nloc = locals() is not None", {}, m4)
print(m4.data['names'], m4.data['loc'])
