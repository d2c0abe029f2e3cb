# _tokenize.TokenizerIter: the C tokenizer as tokenize's
# _generate_tokens_from_c_tokenizer sees it (exact types, byte columns)
from tokenize import _generate_tokens_from_c_tokenizer as gen, tok_name
import _tokenize

def show(src):
    for t in gen(src):
        print(tok_name[t.type], repr(t.string), t.start, t.end)
    print('--')

show("0xff <= 255")
show("@staticmethod\ndef foo(x,y): pass")
show("Örter = u'places'\ngrün = U'green'")
show("async = 1\nawait x\nasync def f(): await g")
show("if x:\n    y = '''a\nb'''\n    z\n")
show("def fib(n):\n    \\\n'''doc'''\n    \\\na, b = 0, 1\n")
show("x = (1,\n     2) # comment\n\n\n# c\ny **= -1\n")
show("a @= b -> c := d ... != e //= f >>= g <<= h")
show("f'{x!r:>{w}}' rb'\\x00' 1_000.5e-3j 0o17")
show("class C:\n  def m(self):\n    return 1\n  pass\nz\n")

for bad in ["(1+2]", "(1+2}", "{1+2]", "1_", "1.2_", "1e2_", "1e+", "\xa0", "€",
            "0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o8", "0x", "012",
            "'sdfsdf", "'''sdfsdf''", "(" * 1000 + "a" + ")" * 1000, "]", "a $ b"]:
    try:
        print(repr(bad[:12]), [t.string for t in gen(bad)])
    except SyntaxError as e:
        print(repr(bad[:12]), type(e).__name__, e.msg, e.lineno, e.offset)

# errors that CPython's tokenizer only records end the iteration silently
src = ''.join(('  ' * x) + 'if True:\n' for x in range(100)) + '  ' * 100 + 'pass\n'
print(tok_name[list(gen(src))[-1].type])
print([t.string for t in gen("if x:\n    a\n  b\n")])
print([t.string for t in gen("(1,\n2")])

it = _tokenize.TokenizerIter("a + b")
print(iter(it) is it, type(it).__name__)
print(next(it)[:6])
try:
    _tokenize.TokenizerIter(b"x")
except TypeError as e:
    print("TypeError")
