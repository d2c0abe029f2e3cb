import _csv
import csv
import io

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(type(d).__name__, d.delimiter, d.quoting, d.lineterminator == '\r\n')
print(list(csv.reader(['a|"b|c"'], 'pipes')))
s = io.StringIO()
csv.writer(s, 'pipes').writerow([1, 'x'])
print(repr(s.getvalue()))
csv.register_dialect('semi', csv.excel, delimiter=';')
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quotechar)

class Tabby(csv.excel):
    delimiter = '\t'

csv.register_dialect('tabby', Tabby)
print(repr(csv.get_dialect('tabby').delimiter))
print(sorted(csv.list_dialects()))
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
t(lambda: csv.unregister_dialect('semi'))
t(lambda: csv.get_dialect('semi'))
t(lambda: csv.register_dialect(1))
t(lambda: csv.register_dialect('bad', delimiter=''))
t(lambda: csv.register_dialect('bad', quoting=7))
t(lambda: csv.register_dialect('bad', nosuch=7))
t(lambda: csv.reader([], 'nodial'))
t(lambda: csv.writer(io.StringIO(), 'nodial'))
print('bad' in csv.list_dialects())
print(csv.field_size_limit())
print(csv.field_size_limit(10), csv.field_size_limit())
t(lambda: list(csv.reader(['a' * 11])))
t(lambda: list(csv.reader(['"' + 'a' * 11 + '"'])))
t(lambda: list(csv.reader(['a' * 10])))
t(lambda: csv.field_size_limit('a'))
t(lambda: csv.field_size_limit(1, 2))
print(csv.field_size_limit(new_limit=131072))
print(csv.field_size_limit())
