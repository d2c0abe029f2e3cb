# sys.stdout.reconfigure: encoding, errors, newline, buffering flags.
import sys

def show():
    s = sys.stdout
    print(s.encoding, s.errors, s.line_buffering, s.write_through)
    s.flush()

show()
print(sys.stdout.reconfigure())
show()
sys.stdout.reconfigure(errors='replace')
show()
print('lone surrogate \udc80 replaced')
sys.stdout.reconfigure(encoding='latin-1')
show()
sys.stdout.flush()
print('caf\xe9 in latin-1')
sys.stdout.flush()
try:
    print('\u20ac')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
sys.stdout.reconfigure(encoding='ascii', errors='xmlcharrefreplace')
show()
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(encoding='utf-16-le')
sys.stdout.write('wide\n')
sys.stdout.reconfigure(encoding='utf-8', errors='strict')
show()
print('caf\xe9 \u20ac again')
sys.stdout.reconfigure(line_buffering=True)
show()
sys.stdout.reconfigure(line_buffering=False, write_through=1)
show()
sys.stdout.reconfigure(write_through=0)
show()
sys.stdout.reconfigure(newline='')
print('newline empty')
sys.stdout.reconfigure(newline='\n')
print('newline lf')
sys.stdout.reconfigure(newline=None)

# newline translation, seen from a child process's bytes
import subprocess
code = ("import sys\n"
        "sys.stdout.reconfigure(newline='\\r\\n'); print('a'); sys.stdout.write('b\\nc\\n')\n"
        "sys.stdout.reconfigure(newline='\\r'); print('d')\n")
r = subprocess.run([sys.executable, '-c', code], capture_output=True)
print(r.returncode, r.stdout)

bad = [
    dict(encoding='no-such-codec'),
    dict(encoding=3),
    dict(errors=3),
    dict(newline=3),
    dict(newline='x'),
    dict(newline='\n\n'),
    dict(line_buffering='yes'),
    dict(write_through=[]),
    dict(spam=1),
]
for kw in bad:
    try:
        sys.stdout.reconfigure(**kw)
        print('no error', kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print('TypeError', e)
show()
sys.stderr.reconfigure(errors='strict')
print(sys.stderr.errors, sys.stderr.encoding)
