# Start-up's site work: exit/quit/copyright/credits/license/help, the site
# directories, a user site directory with a .pth file (HOME), and -S/-s/-I
# turning them off.
import os
import subprocess
import sys
import tempfile

exe = sys.executable
home = tempfile.mkdtemp()
site = os.path.join(home, '.local', 'lib', 'python3.11', 'site-packages')
os.makedirs(site)
extra = os.path.join(home, 'from_pth')
os.mkdir(extra)
with open(os.path.join(site, 'zz.pth'), 'w') as f:
    f.write('# a comment\n\n../../../../from_pth\n%s\nmissing_dir\n' % extra)

CODE = ("import sys; h = sys.argv[1]; "
        "print([p.replace(h, 'HOME') for p in sys.path if p.startswith(h)]); "
        "print('/usr/lib/python3/dist-packages' in sys.path); "
        "print([n in dir(__builtins__) for n in ('exit', 'quit', 'copyright', 'credits', 'license', 'help')])")

def run(*args):
    env = dict(os.environ, HOME=home)
    env.pop('PYTHONNOUSERSITE', None)
    env.pop('PYTHONUSERBASE', None)
    p = subprocess.run([exe, *args], capture_output=True, text=True, env=env)
    print('$', *args[:-2], '->', p.returncode)
    print(p.stdout, end='')
    if p.stderr:
        print('stderr:', p.stderr.splitlines()[-1])

run('-c', CODE, home)
run('-s', '-c', CODE, home)
run('-S', '-c', CODE, home)
run('-I', '-c', CODE, home)
r = subprocess.run([exe, '-c', 'print(repr(exit), repr(quit)); print(str(credits)[:30]); '
                    'print(repr(license)); exit(3)'], capture_output=True, text=True)
print(r.returncode, r.stdout)
r = subprocess.run([exe, '-c', 'quit()'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
r = subprocess.run([exe, '-S', '-c', 'exit'], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
