import _csv
import csv

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

D = _csv.Dialect
t(lambda: D(delimiter=1))
t(lambda: D(delimiter='ab'))
t(lambda: D(delimiter=''))
t(lambda: D(delimiter=None))
t(lambda: D(quotechar=1))
t(lambda: D(quotechar='ab'))
t(lambda: D(quotechar=None).quoting)
t(lambda: D(quotechar=None, quoting=0))
t(lambda: D(escapechar='ab'))
t(lambda: D(escapechar=5))
t(lambda: D(lineterminator=None))
t(lambda: D(lineterminator=5))
t(lambda: D(quoting=9))
t(lambda: D(quoting='a'))
t(lambda: D(foo=1))
t(lambda: D(1, 2))
t(lambda: D(doublequote=0).doublequote)
t(lambda: D(strict=[]).strict)
d = D()
print(d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting,
      d.doublequote, d.skipinitialspace, d.strict)
for attr in ('delimiter', 'quoting', 'strict'):
    t(lambda: setattr(d, attr, ';'))
e = D(csv.excel_tab)
print(repr(e.delimiter), e.quoting, e.doublequote)
u = D('unix')
print(repr(u.lineterminator), u.quoting)
print(D(u) is u, D(u, delimiter=';') is u, D(u, delimiter=';').delimiter)
t(lambda: D('no-such-dialect'))

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

s = D(Semi)
print(s.delimiter, s.quotechar, s.skipinitialspace, repr(s.lineterminator))

class Bad(csv.Dialect):
    delimiter = ';'

t(lambda: Bad())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(_csv.__version__, csv.__version__, _csv.Dialect.__module__, _csv.Error.__module__)
print(issubclass(csv.Error, Exception), csv.Error is _csv.Error)
