# constants become Python values of the right types
import ast

src = "(0, -0, 1, 2**64, 123456789012345678901234567890, 0.1, 1e400, 1e-400, 3j, 0j, 'a', u'b', b'c', r'\\d', '\\ud800', ..., None, True, False, f'x', 'x' 'y', b'' b'z')"
t = ast.parse(src, mode="eval")
for e in t.body.elts:
    if isinstance(e, ast.Constant):
        print(type(e.value).__name__, repr(e.value), e.kind)
    else:
        print(type(e).__name__, ast.dump(e))
print(ast.parse("1").body[0].value.value + 1)
big = ast.parse("99999999999999999999").body[0].value.value
print(big * 2, type(big))
s = ast.parse("'\\u00e9\\N{SNOWMAN}'").body[0].value.value
print(len(s), ascii(s))
