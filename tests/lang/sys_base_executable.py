# sys._base_executable (what venv copies or links) is the interpreter
# itself outside a virtual environment; venv creates its tree from it.
import os
import subprocess
import sys
import tempfile

print(sys._base_executable == sys.executable, os.path.isabs(sys._base_executable))
with tempfile.TemporaryDirectory() as d:
    env_dir = os.path.join(d, "env")
    r = subprocess.run([sys.executable, "-m", "venv", "--without-pip", env_dir],
                       capture_output=True, text=True)
    print("venv exit", r.returncode, r.stderr.strip()[-200:])
    print(sorted(n for n in os.listdir(os.path.join(env_dir, "bin")) if n.startswith("activate")))
    with open(os.path.join(env_dir, "pyvenv.cfg")) as f:
        keys = sorted(line.split("=")[0].strip() for line in f if "=" in line)
    print(keys)
