# PYTHONHASHSEED: a fixed seed gives CPython's str/bytes hashes; 0 disables
# randomization; "random" or unset randomizes; anything else is fatal.
import os
import subprocess
import sys

def run(seed, code):
    env = dict(os.environ)
    if seed is None:
        env.pop("PYTHONHASHSEED", None)
    else:
        env["PYTHONHASHSEED"] = seed
    p = subprocess.run([sys.executable, "-c", code], env=env,
                       capture_output=True, text=True)
    return p.returncode, p.stdout.strip(), p.stderr.strip().splitlines()[-1:] 

code = ("import sys; print(hash('abc'), hash(b'abcdefghijk'), hash('\\xe4\\xfa\\u2211\\u2107'),"
        " hash(memoryview(b'abc')), hash(''), hash(b''), sys.flags.hash_randomization)")
for seed in ["0", "42", "1", "4294967295", "00017"]:
    print(seed, run(seed, code))

# randomized: runs differ (two different 64-bit keys colliding is not a worry)
a = run("random", "print(hash('abc'))")
b = run("random", "print(hash('abc'))")
c = run(None, "print(hash('abc'), hash(b'abc'))")
print(a[0], b[0], a[1] != b[1], c[1].split()[0] == c[1].split()[1])
print(run(None, "import sys; print(sys.flags.hash_randomization, hash(''))"))

# a str and its bytes (latin-1 data) share a hash under any key
print(run("random", "print(hash('abc') == hash(b'abc'), hash('xyz') == hash(memoryview(b'xyz')))"))

# invalid seeds stop before anything runs
for bad in ["x", "-1", "4294967296", "1.5", " 3"]:
    print(repr(bad), run(bad, "print('ran')"))
