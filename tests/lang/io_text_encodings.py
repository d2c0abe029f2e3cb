import posix
fn = '/tmp/krait_io_text_encodings_%d.txt' % posix.getpid()
with open(fn, 'wb') as f:
    f.write(b'caf\xe9 \xff ok\n')
def t(**k):
    try:
        with open(fn, **k) as f:
            print(k, repr(f.read()), f.encoding, f.errors)
    except Exception as e:
        print(k, type(e).__name__, e)
t()
t(encoding='utf-8')
t(encoding='latin-1')
t(encoding='Latin1')
t(encoding='iso-8859-1')
t(encoding='ascii')
t(encoding='utf-8', errors='replace')
t(encoding='utf-8', errors='ignore')
t(encoding='utf-8', errors='surrogateescape')
t(encoding='ascii', errors='backslashreplace')
t(encoding='UTF8')
def w(s, **k):
    try:
        with open(fn, 'w', **k) as f:
            f.write(s)
        print(k, open(fn, 'rb').read())
    except Exception as e:
        print(k, type(e).__name__, e)
w('é€', encoding='utf-8')
w('é', encoding='latin-1')
w('€', encoding='latin-1')
w('é', encoding='ascii')
w('é€', encoding='ascii', errors='replace')
w('é€', encoding='ascii', errors='xmlcharrefreplace')
w('é€', encoding='ascii', errors='backslashreplace')
w('\udcff', encoding='utf-8', errors='surrogateescape')
w('\ud800', encoding='utf-8')
posix.unlink(fn)
