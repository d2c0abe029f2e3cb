import csv

s = csv.Sniffer()
samples = [
    'a,b,c\r\n1,2,3\r\n4,5,6\r\n',
    'name;age\nann;30\nbob;25\n',
    "'x'|'y'\n'1'|'2'\n",
    'h1\th2\n1\t2\n3\t4\n',
]
for text in samples:
    d = s.sniff(text)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting)
print(s.has_header('name,age\r\nann,30\r\nbob,25\r\n'))
print(s.has_header('1,2\r\n3,4\r\n5,6\r\n'))
d = s.sniff('a:b:c\n1:2:3\n', delimiters=':')
print(d.delimiter)
try:
    s.sniff('abc', delimiters=';')
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['1;2;3'], s.sniff('x;y;z\n1;2;3\n'))))
