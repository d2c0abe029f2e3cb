import subprocess

r = subprocess.run(['/bin/sh', '-c', 'printf "a\\r\\nb\\rc\\n"'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['/bin/sh', '-c', 'printf "a\\r\\nb\\n"'], capture_output=True)
print(repr(r.stdout))
r = subprocess.run(['/bin/sh', '-c', 'printf "\\303\\251t\\303\\251"'], capture_output=True,
                   encoding='utf-8')
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'printf "\\377"'], capture_output=True, encoding='utf-8',
                   errors='replace')
print(ascii(r.stdout))
r = subprocess.run(['/bin/cat'], input='naïve\n', capture_output=True, text=True)
print(r.stdout, end='')
with subprocess.Popen(['/bin/sh', '-c', 'echo one; echo two >&2'], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) as p:
    out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate('\n'.join(str(i) for i in range(5)))
print(out.split())
print(repr(subprocess.check_output(['/bin/echo', '-n', ''])))
print(repr(subprocess.check_output(['/bin/echo', '-n', ''], text=True)))
r = subprocess.run(('/bin/echo', 'tuple', 'args'), capture_output=True)
print(r.args, r.stdout)
print(repr(subprocess.CompletedProcess(['x'], 0, b'o', None)))
print(repr(subprocess.CompletedProcess('x', 1)))
