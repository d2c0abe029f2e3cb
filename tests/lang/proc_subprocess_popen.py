import subprocess

p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'xyz')
print(out, err, p.returncode)
p = subprocess.Popen(['/bin/sh', '-c', 'cat; echo err >&2; exit 3'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate('hello\n'), p.returncode)
p = subprocess.Popen(['/bin/echo', 'line1'], stdout=subprocess.PIPE)
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.poll(), p.returncode)
with subprocess.Popen(['/bin/sh', '-c', 'echo a; echo b; echo c'], stdout=subprocess.PIPE,
                      text=True) as p:
    print([line for line in p.stdout])
print(p.returncode)
p = subprocess.Popen(['/bin/sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, universal_newlines=True)
p.stdin.write('value\n')
p.stdin.flush()
print(p.stdout.readline().strip())
p.stdin.close()
p.wait()
print(p.returncode)
big = b'0123456789' * 20000
p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err)
p = subprocess.Popen(['/bin/sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['/bin/sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['/bin/sh', '-c', 'exit 9'])
print(p.wait(), p.args)
