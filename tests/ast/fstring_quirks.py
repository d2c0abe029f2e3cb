# 3.11 f-string position quirks: fields after non-ASCII text, repeated
# expressions, fields on continuation lines, nested specs, calls and decorators.
x = f"é{a}ü{a}"
y = f"日本 {b!r:>{w}} {b}"
z = f"{a}{a}{a}"
f"{a.b} {a.b}"
f"{a} {x=} {a}"
call(f"{a}", key=f"{b:{c}}")
@dec(f"{name}")
def f():
    return f"{x}" \
        f"{y}"
f"""{
    a
} {
    b}"""
f"{'é'} {a}"
f"{x!r}{x!s:{x}}"
(f"a"
 f"{b}"
 f"c{d}")
f"{ a }" f"{  a  }"
f"{a:{b}{c}}"
f"{a:{b}x{c}y}"
f"{lambda_:{x}}"
f"{3.14:.{p}f}"
f"{d['é']}"
f"{a!a}" "é" f"{b}"
