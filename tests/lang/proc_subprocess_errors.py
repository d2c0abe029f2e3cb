import subprocess

for args in (['/nonexistent/program'], ['no-such-program-krait-test']):
    try:
        subprocess.run(args)
    except Exception as e:
        print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(['/bin/echo'], cwd='/nonexistent-dir')
except Exception as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['/etc/passwd'])
except Exception as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['/bin/sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
try:
    subprocess.check_call(['/bin/sh', '-c', 'exit 3'])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd)
try:
    subprocess.run(['/bin/echo'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['/bin/echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.Popen(['/bin/echo'], preexec_fn=lambda: 1 / 0).wait()
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
