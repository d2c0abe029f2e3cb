# f-strings: JoinedStr and FormattedValue with conversions and specs
import ast

for src in ['f"plain"', 'f"{x}"', 'f"{x!r}"', 'f"{x!s:>10}"', 'f"{x!a}"', 'f"a{b}c{d}e"',
            'f"{x:{w}.{p}f}"', 'f"{x=}"', 'f"{x = !r:^5}"', "f'{{literal}}'", 'f"{a}" "b" f"{c}"',
            "'a' f'b'", 'f"""{\nx\n}"""']:
    e = ast.parse(src, mode="eval").body
    print(src)
    print("  ", ast.dump(e))
    print("  ", ast.unparse(e))
    for n in ast.walk(e):
        if isinstance(n, ast.FormattedValue):
            print("   conversion", n.conversion, n.format_spec is None)
