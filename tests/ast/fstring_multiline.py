# Multi-line (triple-quoted) f-strings: positions across lines.
f"""
{x}
"""

y = f"""line one {a}
line two {b +
c}
line three {d:>{
width}}"""

z = f'''{
    value
}'''

w = (f"first {a}"
     f"second {b}"
     "plain")

v = f"""\
{x}\
"""
