import posix
fn = '/tmp/krait_io_text_seek_%d.txt' % posix.getpid()
text = 'ascii line\nlatin é line\neuro € line\nemoji 😀 line\nend\n'
with open(fn, 'w', encoding='utf-8') as f:
    f.write(text)
    print(f.tell())
with open(fn, encoding='utf-8') as f:
    positions = []
    while True:
        positions.append(f.tell())
        line = f.readline()
        if not line:
            break
    print(positions)
    for p in positions[::-1]:
        f.seek(p)
        print(p, repr(f.readline()))
    f.seek(0)
    chars = []
    while True:
        c = f.read(1)
        if not c:
            break
        chars.append(c)
    print(''.join(chars) == text, len(chars))
    print(f.seek(0, 2), repr(f.read()), f.seek(0), repr(f.read(5)), f.tell())
with open(fn, 'r+', encoding='utf-8') as f:
    f.readline()
    p = f.tell()
    f.write('XX')
    f.seek(0)
    print(repr(f.read()))
# a file read in small pieces across multi-byte characters
with open(fn, 'wb') as f:
    f.write(('€' * 5000).encode('utf-8'))
with open(fn, encoding='utf-8') as f:
    s = f.read()
print(len(s), s == '€' * 5000)
with open(fn, encoding='utf-8') as f:
    n = 0
    while f.read(7):
        n += 1
print(n)
posix.unlink(fn)
