import csv
import io

data = 'name,age,city\r\nann,30,"New York, NY"\r\nbob,25\r\ncid,40,Paris,extra\r\n'
for row in csv.DictReader(io.StringIO(data)):
    print(row)
r = csv.DictReader(io.StringIO(data), restkey='more', restval='?')
print(r.fieldnames)
for row in r:
    print(row)
r = csv.DictReader(io.StringIO('1;2\n3;4\n'), fieldnames=['a', 'b'], delimiter=';')
print([dict(x) for x in r], r.line_num)
print(list(csv.DictReader(io.StringIO(''))))
print(list(csv.DictReader(io.StringIO('a,b\r\n\r\n1,2\r\n'))))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['x', 'y'])
w.writeheader()
w.writerow({'x': 1, 'y': 'two, three'})
w.writerow({'x': 'only'})
w.writerows([{'y': 5}, {'x': None, 'y': ''}])
print(repr(out.getvalue()))
try:
    w.writerow({'x': 1, 'z': 2})
except ValueError as e:
    print('ValueError', e)
w = csv.DictWriter(out, fieldnames=['x'], extrasaction='ignore')
w.writerow({'x': 1, 'z': 2})
try:
    csv.DictWriter(out, fieldnames=['x'], extrasaction='bogus')
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
w = csv.DictWriter(out, ['k', 'v'], quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w.writeheader()
w.writerow({'k': 'a', 'v': 1.5})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
