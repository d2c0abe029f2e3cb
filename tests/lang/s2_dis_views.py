# Code objects seen through dis: co_linetable, co_lines, co_positions,
# co_exceptiontable agree with one another, and dis runs over any code.
import dis
import io
import opcode


def read_varint(it):
    b = next(it)
    val, shift = b & 63, 0
    while b & 64:
        b = next(it)
        shift += 6
        val |= (b & 63) << shift
    return val


def read_svarint(it):
    u = read_varint(it)
    return -(u >> 1) if u & 1 else u >> 1


def decode_linetable(code):
    """co_linetable decoded as Objects/locations.md describes it."""
    out = []
    it = iter(code.co_linetable)
    line = code.co_firstlineno
    for head in it:
        kind, length = (head >> 3) & 15, (head & 7) + 1
        if kind == 15:
            pos = (None, None, None, None)
        elif kind == 14:
            line += read_svarint(it)
            end = line + read_varint(it)
            col, endcol = read_varint(it) - 1, read_varint(it) - 1
            pos = (line, end, None if col < 0 else col, None if endcol < 0 else endcol)
        elif kind == 13:
            line += read_svarint(it)
            pos = (line, line, None, None)
        elif kind >= 10:
            line += kind - 10
            pos = (line, line, next(it), next(it))
        else:
            b = next(it)
            col = kind * 8 + ((b >> 4) & 7)
            pos = (line, line, col, col + (b & 15))
        out.extend([pos] * length)
    return out


def sample(a, b=2, *args, k=3, **kw):
    x = a + b
    if x > 10:
        y = [i * 2 for i in range(x)
             if i % 3]
        return len(y)
    try:
        z = x / (b - 2)
    except ZeroDivisionError as e:
        z = str(e)
    finally:
        x += 1
    return (z,
            x)


class Klass:
    def method(self):
        return self.attr

    def gen(self):
        yield 1
        yield from range(3)


async def coro(x):
    async with x as y:
        return y


codes = [sample.__code__, Klass.method.__code__, Klass.gen.__code__, coro.__code__,
         compile("a = 1\nb = a + 2\n", "<s>", "exec")]
codes.append([c for c in sample.__code__.co_consts if hasattr(c, "co_code")][0])

for c in codes:
    positions = list(c.co_positions())
    print(c.co_name, "linetable agrees:", decode_linetable(c)[:len(positions)] == positions)
    units = len(c.co_code) // 2
    print("  one position per code unit:", len(positions) == units)
    lines_ok = all(positions[u][0] == line
                   for start, end, line in c.co_lines()
                   for u in range(start // 2, end // 2))
    print("  co_lines agrees:", lines_ok)
    covered = [u for start, end, _ in c.co_lines() for u in range(start // 2, end // 2)]
    print("  co_lines covers the code:", covered == list(range(units)))

# Line starts: every source line with code appears.
starts = {line for _, line in dis.findlinestarts(sample.__code__)}
first = sample.__code__.co_firstlineno
print("line starts:", {first + d for d in (1, 2, 3, 5, 7, 9, 11, 12)} <= starts)

# The exception table names ranges inside the code.
entries = dis._parse_exception_table(sample.__code__)
n = len(sample.__code__.co_code)
print("exception entries:", len(entries) > 0,
      all(0 <= e.start < e.end <= n and 0 <= e.target < n for e in entries))
print("no handlers:", dis._parse_exception_table(Klass.method.__code__) == [])

# Instructions: increasing offsets, names from opcode's table.
for f in (sample, Klass.method, Klass.gen, coro):
    ins = list(dis.get_instructions(f))
    offsets = [i.offset for i in ins]
    print(f.__name__, "instructions:", offsets == sorted(set(offsets)), all(o % 2 == 0 for o in offsets),
          all(opcode.opname[i.opcode] == i.opname for i in ins))

# dis over every kind of thing it accepts, with nested code.
for obj in (sample, Klass, Klass.method, Klass.gen, coro, "x = [y for y in z]",
            sample.__code__, dis.Bytecode(sample)):
    out = io.StringIO()
    dis.dis(obj, file=out)
    print(type(obj).__name__, "disassembled:", len(out.getvalue()) > 0)

# Constant and name operands.
ins = {i.argval for i in dis.get_instructions(Klass.method)}
print("attr named:", "attr" in ins)
ins = {i.argval for i in dis.get_instructions(compile("print('hi')", "<s>", "eval"))}
print("global and const:", {"print", "hi"} <= ins)
