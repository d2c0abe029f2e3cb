import csv
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
rows = [['id', 'text'], [1, 'plain'], [2, 'with,comma'], [3, 'multi\nline'], [4, 'quote " inside']]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows(rows)
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path, newline='') as f:
    for rec in csv.DictReader(f):
        print(rec['id'], repr(rec['text']))
with open(path, 'w', newline='') as f:
    w = csv.writer(f, dialect='unix')
    w.writerow(['a', 'b'])
    w.writerow([1, None])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'w', newline='') as f:
    w = csv.writer(f, delimiter='\t', quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(['x', 1, 2.5])
with open(path, newline='') as f:
    print(list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONNUMERIC)))
os.remove(path)
os.rmdir(d)
