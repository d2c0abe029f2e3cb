# A virtual environment made by this interpreter behaves as CPython's:
# its python is the venv's own (not the resolved link), pyvenv.cfg makes
# sys.prefix the environment, site adds its site-packages, and
# include-system-site-packages decides whether the system's directories count.
import os
import subprocess
import sys
import tempfile

PROBE = r'''
import sys, os
print("prefix is venv:", sys.prefix == os.environ["VENV"])
print("exec_prefix is venv:", sys.exec_prefix == os.environ["VENV"])
print("prefix differs from base:", sys.prefix != sys.base_prefix)
print("executable in venv:", sys.executable.startswith(os.environ["VENV"] + "/bin/"))
print("base_executable outside:", not sys._base_executable.startswith(os.environ["VENV"]))
print("_home set:", bool(sys._home))
site = os.environ["VENV"] + "/lib/python3.11/site-packages"
print("site-packages in path:", site in sys.path)
print("system dist-packages in path:", "/usr/lib/python3/dist-packages" in sys.path)
import sysconfig
print("sysconfig purelib is venv's:", sysconfig.get_path("purelib") == site)
import venvprobe_mod
print("module from venv:", venvprobe_mod.VALUE, venvprobe_mod.__file__.startswith(site))
import venvprobe_pth
print("module via .pth:", venvprobe_pth.VALUE)
'''

NO_SITE = r'''
import sys
print("-S prefix is base:", sys.prefix == sys.base_prefix)
print("-S has _home:", hasattr(sys, "_home"))
'''


def make(root, system_site):
    venv = os.path.join(root, "env")
    args = [sys.executable, "-m", "venv", "--without-pip"]
    if system_site:
        args.append("--system-site-packages")
    subprocess.run(args + [venv], check=True)
    site = os.path.join(venv, "lib", "python3.11", "site-packages")
    with open(os.path.join(site, "venvprobe_mod.py"), "w") as f:
        f.write("VALUE = 'from site-packages'\n")
    extra = os.path.join(root, "extra")
    os.mkdir(extra)
    with open(os.path.join(extra, "venvprobe_pth.py"), "w") as f:
        f.write("VALUE = 'from a .pth directory'\n")
    with open(os.path.join(site, "probe.pth"), "w") as f:
        f.write("# a comment\n" + extra + "\n")
    return venv


def run(venv, code, *flags):
    env = dict(os.environ, VENV=venv)
    env.pop("PYTHONPATH", None)
    r = subprocess.run([os.path.join(venv, "bin", "python"), *flags, "-c", code],
                       env=env, capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        print("exit", r.returncode, r.stderr.strip().splitlines()[-1:])


for system_site in (False, True):
    print("== system site packages:", system_site)
    with tempfile.TemporaryDirectory() as root:
        root = os.path.realpath(root)
        venv = make(root, system_site)
        with open(os.path.join(venv, "pyvenv.cfg")) as f:
            keys = [line.partition("=")[0].strip() for line in f]
        print("pyvenv.cfg keys:", sorted(k for k in keys if k in ("home", "include-system-site-packages", "version")))
        for name in ("python", "python3", "python3.11"):
            print(name, "exists:", os.path.exists(os.path.join(venv, "bin", name)))
        run(venv, PROBE)
        run(venv, NO_SITE, "-S")
        # run from inside bin/ with a relative path: sys.executable stays relative to cwd
        r = subprocess.run(["./python", "-c", "import sys; print(sys.executable)"],
                           cwd=os.path.join(venv, "bin"), capture_output=True, text=True)
        print("relative:", r.stdout.strip() == os.path.join(venv, "bin", "python"))
