# requires: pygments
# Highlight code in several languages to HTML and terminal formats.
from pygments import highlight, lex
from pygments.lexers import PythonLexer, get_lexer_by_name, guess_lexer_for_filename, JsonLexer
from pygments.formatters import HtmlFormatter, TerminalFormatter, NullFormatter
from pygments.token import Token

code = '''import sys

@decorator(arg=1)
class Point(object):
    """A point."""
    def __init__(self, x: int, y: int = 0) -> None:
        self.x, self.y = x, y  # comment
        print(f"{x!r:>10} {y}", 0x1F, 3.5e-2, b'\\x00', r'raw\\n')

async def main():
    await something()
    return [i ** 2 for i in range(10) if i % 2]
'''
print(highlight(code, PythonLexer(), HtmlFormatter(linenos="table", cssclass="src")))
print(highlight(code, PythonLexer(), HtmlFormatter(noclasses=False, hl_lines=[3, 4])))
print(HtmlFormatter(style="monokai").get_style_defs(".highlight")[:2000])

c_code = '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }\n'
print(highlight(c_code, get_lexer_by_name("c"), HtmlFormatter()))
print(repr(highlight('{"a": [1, 2.5, true, null], "b": "s"}', JsonLexer(), TerminalFormatter())))
sql = "SELECT id, name FROM users WHERE age > 30 ORDER BY name;"
print(highlight(sql, get_lexer_by_name("sql"), HtmlFormatter()))
print(guess_lexer_for_filename("x.rs", "fn main() {}").name)
print(guess_lexer_for_filename("x.js", "var a = 1;").name)
for ttype, value in lex("x = 1 + 2\n", PythonLexer()):
    print(ttype, repr(value))
print(Token.Name.Function in Token.Name)
print(highlight("echo $HOME | grep -v foo", get_lexer_by_name("bash"), NullFormatter()), end="")
