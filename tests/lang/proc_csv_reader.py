import _csv
import csv

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

R = lambda lines, **kw: list(_csv.reader(lines, **kw))
t(lambda: _csv.reader(1))
t(lambda: R([b'a']))
t(lambda: R(['a\0b']))
t(lambda: R(['"a']))
t(lambda: R(['"a'], strict=True))
t(lambda: R(['"a"b'], strict=True))
t(lambda: R(['"a"b']))
t(lambda: R(['a\nb']))
t(lambda: R(['a\rb', 'c']))
t(lambda: R(['a,b\n', 'c']))
t(lambda: R(['a,b\r\n', 'c\r\n', '\r\n', '', 'd']))
t(lambda: R(['a\\'], escapechar='\\'))
t(lambda: R(['"a\\'], escapechar='\\'))
t(lambda: R(['a\\,b,c\\\\d'], escapechar='\\'))
t(lambda: R(['"a\\"b",c'], escapechar='\\'))
t(lambda: R([1]))
t(lambda: R(['1,"2",3, 4'], quoting=csv.QUOTE_NONNUMERIC))
t(lambda: R(['x,"2",3'], quoting=csv.QUOTE_NONNUMERIC))
t(lambda: R(['a, b,  "c"'], skipinitialspace=True))
t(lambda: R(['a, b,  "c"']))
t(lambda: R(['"a""b","c\n', 'd",e']))
t(lambda: R(['"a"b"c'], doublequote=False))
t(lambda: R(['"a,b",c'], quoting=csv.QUOTE_NONE))
t(lambda: R(['a;b;c'], delimiter=';'))
t(lambda: R(["'a;b';c"], delimiter=';', quotechar="'"))
t(lambda: R([',,', ',', '""', '"",""']))
t(lambda: R(['é,ü,日本', '"ß""x"']))
t(lambda: R(['a\tb'], dialect='excel-tab'))
t(lambda: R(['a\tb'], 'excel-tab'))
t(lambda: R(['a b'], delimiter=' '))
t(lambda: R(['a,b'], nope=1))
r = _csv.reader(['a,b', '"c', 'd"', 'e'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
t(lambda: next(r))
print(r.dialect.delimiter, iter(r) is r)

def gen():
    yield 'x,y'
    raise ValueError('boom')
r = _csv.reader(gen())
print(next(r))
t(lambda: next(r))
