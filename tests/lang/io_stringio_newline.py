from _io import StringIO
text = 'a\nb\r\nc\rd'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = StringIO(newline=nl)
    s.write(text)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), [l for l in s], repr(s.newlines))
    s = StringIO(text, newline=nl)
    print('  init', repr(s.getvalue()), repr(s.readline()), repr(s.readline()))
s = StringIO(newline=None)
s.write('x\r')
s.write('\ny\n')
print(repr(s.getvalue()), s.newlines)
