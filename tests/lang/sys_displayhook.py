import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
exec(compile("1 + 2", "<s>", "single"))
exec(compile("'str'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x * 2", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile("a = 1; a + 10", "<s>", "single"))
del sys.displayhook
try:
    exec(compile("99", "<s>", "single"))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__
