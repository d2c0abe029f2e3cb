# -m MODULE through runpy: json.tool on a file and on stdin, timeit.
import os
import re
import subprocess
import sys
import tempfile

exe = sys.executable
tmp = tempfile.mkdtemp()

def run(*args, stdin=None):
    p = subprocess.run([exe, *args], capture_output=True, text=True, cwd=tmp, input=stdin)
    return p.returncode, p.stdout.replace(tmp, 'TMP'), p.stderr.replace(tmp, 'TMP').replace(exe, 'EXE')

with open(os.path.join(tmp, 'data.json'), 'w') as f:
    f.write('{"b": [1, 2, {"c": null}], "a": "x"}')
code, out, err = run('-m', 'json.tool', 'data.json')
print(code, out, err)
code, out, err = run('-m', 'json.tool', '--sort-keys', '--indent', '2', stdin='{"z": 1, "y": [true]}')
print(code, out, err)

code, out, err = run('-m', 'timeit', '-n', '3', '-r', '2', 'pass')
# timeit warns on noisy timings (a loaded machine): not part of the check
err = re.sub(r'.*UserWarning: The test results are likely unreliable.*\n', '', err)
print(code, bool(re.match(r'3 loops?, best of 2: [\d.]+ [nmu]?sec per loop\n$', out)), repr(err))

