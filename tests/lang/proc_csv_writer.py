import _csv
import csv
import io

def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO()
w = _csv.writer(s)
t(lambda: w.writerow(1))
t(lambda: w.writerow(['']))
t(lambda: w.writerow([]))
t(lambda: w.writerow([None, 1.5, 'a"b', 'c,d', 'e\nf', True, 'x\ry']))
t(lambda: w.writerow('abc'))
t(lambda: w.writerow(x for x in (1, 2)))
w2 = _csv.writer(s, quoting=csv.QUOTE_NONE)
t(lambda: w2.writerow(['a,b']))
t(lambda: w2.writerow(['']))
w3 = _csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
t(lambda: w3.writerow(['a,b', 'c"d', 'e\\f']))
w4 = _csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\n')
t(lambda: w4.writerows([[1, 'a'], ['b', None], []]))
w5 = _csv.writer(s, quoting=csv.QUOTE_NONNUMERIC, doublequote=False, escapechar='!')
t(lambda: w5.writerow([1, 2.5, 'q"x', None, False]))
w6 = _csv.writer(s, doublequote=False)
t(lambda: w6.writerow(['q"x']))
w7 = _csv.writer(s, delimiter='|', quotechar="'", lineterminator='$\n')
t(lambda: w7.writerow(["it's", 'a|b', 'plain', '$']))
print(repr(s.getvalue()))
t(lambda: _csv.writer(1))
t(lambda: _csv.writer(s).writerow([1], 2))
t(lambda: _csv.writer(s).writerows(5))
t(lambda: _csv.writer(s).writerows([[1], 5]))
print(w.dialect.delimiter, w7.dialect.quotechar, type(w).__name__)

class Out:
    def __init__(self):
        self.parts = []
    def write(self, x):
        self.parts.append(x)
        return 'ret'

o = Out()
print(_csv.writer(o).writerow(['ab', 'c d']), o.parts)

class Boom:
    def __str__(self):
        raise RuntimeError('no str')

t(lambda: _csv.writer(o).writerow([Boom()]))
buf = io.StringIO()
csv.writer(buf).writerows([['x', 1], ['y', 2]])
print(list(csv.reader(io.StringIO(buf.getvalue()))))
