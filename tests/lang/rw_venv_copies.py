# A virtual environment made with --copies: its python is a copy of the
# interpreter, not a link, and must still start, find its library and
# make sys.prefix the environment.
import os
import subprocess
import sys
import tempfile

PROBE = r'''
import sys, os
venv = os.environ["VENV"]
print("prefix is venv:", sys.prefix == venv)
print("executable in venv:", sys.executable == os.path.join(venv, "bin", "python"))
print("executable is a copy:", not os.path.islink(sys.executable))
print("base_executable outside:", not sys._base_executable.startswith(venv))
print("base_executable exists:", os.path.isfile(sys._base_executable))
import json, collections
print("stdlib:", json.dumps({"a": [1, 2]}), collections.Counter("aab").most_common(1))
site = os.path.join(venv, "lib", "python3.11", "site-packages")
print("site-packages in path:", site in sys.path)
'''

with tempfile.TemporaryDirectory() as root:
    venv = os.path.join(root, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--copies", venv], check=True)
    py = os.path.join(venv, "bin", "python")
    print("python is a link:", os.path.islink(py))
    env = dict(os.environ, VENV=venv)
    r = subprocess.run([py, "-c", PROBE], env=env, capture_output=True, text=True)
    print(r.stdout, end="")
    print("stderr:", r.stderr.strip()[-200:])
    print("exit:", r.returncode)
