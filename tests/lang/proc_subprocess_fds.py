import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'in.txt')
with open(path, 'w') as f:
    f.write('from a file\n')
with open(path) as f:
    print(subprocess.run(['/bin/cat'], stdin=f, capture_output=True).stdout)
out = os.path.join(d, 'out.txt')
with open(out, 'w') as f:
    subprocess.run(['/bin/echo', 'to a file'], stdout=f)
with open(out) as f:
    print(f.read())
r, w = os.pipe()
p = subprocess.Popen(['/bin/sh', '-c', 'echo via fd >&%d' % w], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
p = subprocess.run(['/bin/sh', '-c', 'echo x >&%d' % w, 'sh'], stderr=subprocess.PIPE)
print(p.returncode != 0, b'Bad file descriptor' in p.stderr or p.stderr != b'')
os.close(r)
os.close(w)
r = subprocess.run(['/bin/sh', '-c', 'echo $0 "$@"', 'arg0', 'a b', 'c'], capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'echo err 1>&2'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(['/bin/sh', '-c', 'umask'], capture_output=True, umask=0o27)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'cat'], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(['sh', '-c', 'echo $KRAIT_T'], env={'KRAIT_T': 'set', 'PATH': '/bin:/usr/bin'},
                   capture_output=True)
print(r.stdout)
r = subprocess.run([b'/bin/echo', b'bytes', 'args'], capture_output=True)
print(r.stdout)
r = subprocess.run(['anything', 'x y'], executable='/bin/echo', capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'echo $$ > /dev/null; exit 0'], start_new_session=True)
print(r.returncode)
r = subprocess.run([sys.executable, '-c', 'print(6*7)'], capture_output=True, text=True)
print(r.stdout)
os.remove(path)
os.remove(out)
os.rmdir(d)
