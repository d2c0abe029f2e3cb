import subprocess

r = subprocess.run(['/bin/echo', 'hi'], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['/bin/echo', 'a', 'b c'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
print(subprocess.check_output(['/bin/sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.STDOUT))
print(subprocess.check_output(['/bin/echo', 'x'], text=True))
print(subprocess.call(['/bin/sh', '-c', 'exit 7']))
print(subprocess.check_call(['/bin/sh', '-c', 'exit 0']))
r = subprocess.run(['/bin/sh', '-c', 'exit 5'])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode)
try:
    subprocess.check_output(['/bin/sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.run(['/bin/sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run(['/bin/cat'], input=b'fed through stdin', capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/cat'], input='text in', capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'echo $FOO'], env={'FOO': 'bar'}, capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'pwd'], cwd='/', capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'echo nothing'], stdout=subprocess.DEVNULL)
print(r.stdout)
