import subprocess, time
p = subprocess.Popen(['/bin/sh', '-c', 'echo start; sleep 0.5; echo end'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
print(p.communicate())
try:
    subprocess.run(['/bin/sleep', '3'], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout2', e.stdout, e.stderr)
print(subprocess.run(['/bin/sh','-c','exec 1>&-; echo x >&2'], capture_output=True).stderr)
