# os.execv/execve check their arguments before exec: NUL bytes, '=' in
# environment names, non-path items and non-mapping environments all raise.
import os, sys

args = [sys.executable, '-c', 'print("EXECED")']
for env in [{"FRUIT\0VEG": "c"}, {"FRUIT": "orange\0V=c"}, {"FRUIT=ORANGE": "lemon"},
            {b"A=B": b"x"}, {"": "x"}, {b"": b"x"}, {1: "x"}, {"a": 1}, {"a": None}]:
    try:
        os.execve(args[0], args, env)
    except Exception as e:
        print(type(e).__name__, e)

for a in [["x\0y"], [sys.executable, "a\0b"], [1], (sys.executable, 2), [], [""]]:
    try:
        os.execv(sys.executable, a)
    except Exception as e:
        print(type(e).__name__, e)

class NoLen:
    def __getitem__(self, k):
        return "B"

class BadKeys:
    def __getitem__(self, k):
        return "B"
    def __len__(self):
        return 1
    def keys(self):
        return ["A=B"]
    def values(self):
        return ["B"]

for env in [[1], NoLen(), None, 5, BadKeys()]:
    try:
        os.execve(sys.executable, args, env)
    except Exception as e:
        print(type(e).__name__, e)

# a leading '=' is allowed in the name; the exec happens in a child
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execve(sys.executable, [sys.executable, '-c', 'import os; print(os.environ.get("=X"))'],
              {"=X": "hidden"})
_, status = os.waitpid(pid, 0)
print("child exit", os.waitstatus_to_exitcode(status))
