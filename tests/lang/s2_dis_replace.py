# code.replace(co_linetable=...), the opcode module's shape, stack_effect's
# errors, and the line numbers inspect and traceback read from code.
import dis
import inspect
import opcode
import sys
import traceback


def f(a):
    b = a * 2
    return b + 1


def boom(x):
    y = x + 1
    return y / 0


c = f.__code__
same = c.replace(co_linetable=c.co_linetable)
print("round trip:", list(same.co_positions()) == list(c.co_positions()))
print("lines kept:", list(same.co_lines()) == list(c.co_lines()))

# A table of one "no location" entry: every instruction has no position.
blank = c.replace(co_linetable=b'\xf8')
print("no location:", set(blank.co_positions()) == {(None, None, None, None)})
print("no lines:", {line for _, _, line in blank.co_lines()} == {None})
print("no line starts:", list(dis.findlinestarts(blank)) == [])
f.__code__ = blank
print("still runs:", f(4))
f.__code__ = c

# Moving the first line moves every line with it (the table is relative).
moved = c.replace(co_firstlineno=c.co_firstlineno + 100)
moved = moved.replace(co_linetable=c.co_linetable)
print("moved by 100:", [l - 100 for _, _, l in moved.co_lines() if l] ==
      [l for _, _, l in c.co_lines() if l])

for bad in ("text", 3, None):
    try:
        c.replace(co_linetable=bad)
    except TypeError as e:
        print("TypeError for", type(bad).__name__)

# opcode's tables are consistent with one another.
print("opname/opmap:", all(opcode.opname[v] == k for k, v in opcode.opmap.items()))
print("categories:", opcode.opmap['LOAD_CONST'] in opcode.hasconst,
      opcode.opmap['LOAD_GLOBAL'] in opcode.hasname,
      opcode.opmap['COMPARE_OP'] in opcode.hascompare)
print("EXTENDED_ARG:", opcode.opmap['EXTENDED_ARG'] == opcode.EXTENDED_ARG >= opcode.HAVE_ARGUMENT)
print("cmp_op:", opcode.cmp_op)
print("nb_ops:", len(opcode._nb_ops), opcode._nb_ops[0], opcode._nb_ops[13])
for args in ((opcode.opmap['LOAD_CONST'],), (opcode.opmap['NOP'], 0), (10 ** 30,), ("x",)):
    try:
        dis.stack_effect(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print("stack_effect int:", type(dis.stack_effect(opcode.opmap['NOP'])).__name__)

# inspect and traceback read lines through the same tables.
frame = sys._getframe()
print("f_lineno:", sys._getframe().f_lineno)
print("getframeinfo:", inspect.getframeinfo(frame).lineno)
try:
    boom(1)
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("extract_tb:", [(fs.name, fs.lineno, fs.line) for fs in tb])
    print("tb_lineno:", e.__traceback__.tb_next.tb_lineno)
    last = tb[-1]
    print("columns:", last.colno is not None, last.end_lineno == last.lineno)
print("getsourcelines:", inspect.getsourcelines(boom)[1])
