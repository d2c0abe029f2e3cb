# -X dev checks error handler names even on clean input; -X utf8 and
# -X warn_default_encoding drive io.text_encoding() and open()'s default.
import subprocess, sys

DEV = r'''
import io, sys
invalid = 'Boom, Shaka Laka, Boom!'
for enc in ('ascii', 'utf8', 'latin1', 'utf-16', 'cp1252'):
    for what, f in (("decode", lambda: b'abc'.decode(enc, invalid)),
                    ("encode", lambda: 'abc'.encode(enc, invalid)),
                    ("str", lambda: str(b'', enc, invalid)),
                    ("bytes", lambda: bytes('', enc, invalid)),
                    ("bytearray", lambda: bytearray('x', enc, invalid)),
                    ("TextIOWrapper", lambda: io.TextIOWrapper(io.BytesIO(), enc, invalid))):
        try:
            f()
            print(enc, what, "ok")
        except LookupError as e:
            print(enc, what, "LookupError", e)
print(b'abc'.decode('ascii', 'surrogatepass'), 'abc'.encode('utf8', 'namereplace'))
try:
    open(__file__ if '__file__' in globals() else '/dev/null', errors=invalid)
except LookupError as e:
    print("open", e)
'''

ENC = r'''
import io, sys, warnings
f = open('/dev/null')
t = io.TextIOWrapper(io.BytesIO())
print(f.encoding, t.encoding, io.text_encoding(None), io.text_encoding("x"), sys.flags.utf8_mode)
f.close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f = open('/dev/null'); f.close()
    io.TextIOWrapper(io.BytesIO())
    io.text_encoding(None)
    open('/dev/null', encoding="locale").close()
    open('/dev/null', 'rb').close()
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
'''

def run(opts, code):
    p = subprocess.run([sys.executable] + opts + ['-c', code], capture_output=True, text=True)
    print(opts, p.returncode)
    print(p.stdout, end="")
    print(p.stderr.replace("<string>", "S"), end="")

run(['-X', 'dev'], DEV)
run([], DEV)
for opts in ([], ['-X', 'utf8'], ['-X', 'warn_default_encoding'], ['-X', 'utf8=0', '-X', 'warn_default_encoding']):
    run(opts, ENC)
# -c's __main__ has no __file__
run([], "print('__file__' in globals(), __name__, __spec__)")
