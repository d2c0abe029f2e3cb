# Encoding errors on the standard streams: stdout's handler and stderr's
# backslashreplace, seen as the bytes a child writes.
import subprocess
import sys

def run(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True)
    err = r.stderr.splitlines()
    print(r.returncode, r.stdout, err[-1:] if err else '')

run("import sys; print('\\udcff surrogate', file=sys.stderr)")
run("import sys; print('caf\\xe9 \\u20ac', file=sys.stderr)")
run("import sys; sys.stderr.write('\\ud800\\n')")
run("import sys; print(sys.stdout.errors, sys.stderr.errors)")
run("import sys; sys.stdout.reconfigure(errors='strict')\n"
    "try:\n    print('\\udcff')\nexcept UnicodeEncodeError as e:\n    print('UnicodeEncodeError', e.reason, e.start, e.end)")
run("import sys; sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace'); print('\\xe9\\u20ac\\U0001f600')")
run("import sys; sys.stdout.reconfigure(encoding='ascii', errors='ignore'); print('a\\xe9b')")
run("import sys; sys.stdout.reconfigure(encoding='cp1252'); print('\\u20ac caf\\xe9')")
run("import sys; sys.stdout.reconfigure(encoding='ascii'); print('\\xe9')")
