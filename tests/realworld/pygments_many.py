# requires: pygments
# pygments across many lexers and every common formatter.
from pygments import highlight
from pygments.lexers import get_lexer_by_name, get_all_lexers
from pygments.formatters import get_formatter_by_name
from pygments.styles import get_all_styles, get_style_by_name

samples = {
    "python": "def f(a, *b, **c):\n    '''doc'''\n    return [x async for x in a] if a else {1: 2}\n",
    "javascript": "const f = async (a, ...b) => { let re = /ab+c/gi; return `t ${a}`; };\n",
    "c": "#define X(a) ((a)*2)\nstatic int f(char *s) { return s[0] == '\\n' ? 0x1f : 1.5e3f; }\n",
    "rust": "fn main() { let v: Vec<u8> = vec![1, 2]; println!(\"{:?}\", v); }\n",
    "go": "package main\nfunc main() { ch := make(chan int); go func() { ch <- 1 }() }\n",
    "java": "public class A<T> extends B implements C { @Override public void run() throws E {} }\n",
    "html": "<!DOCTYPE html><html><body class=\"x\"><script>var a=1;</script><style>p{color:red}</style></body></html>\n",
    "css": "@media (max-width: 600px) { .a > b::before { content: '\\201C'; color: #fff !important; } }\n",
    "json": '{"a": [1, -2.5e3, true, null], "b": {"c": "\\u00e9"}}\n',
    "yaml": "key: value\nlist:\n  - a\n  - {b: 1}\nanchor: &x 1\nref: *x\n",
    "bash": "for f in *.txt; do echo \"${f%.txt}\" | sed 's/a/b/g' >> out; done\n",
    "sql": "SELECT COUNT(*), name FROM t LEFT JOIN u USING (id) WHERE x LIKE '%a%' GROUP BY 2;\n",
    "diff": "--- a\n+++ b\n@@ -1,2 +1,2 @@\n-old\n+new\n context\n",
    "ini": "[section]\nkey = value ; comment\n",
    "make": "all: a.o\n\t$(CC) -o $@ $^\n",
    "ruby": "class A < B\n  def m(x) = x.map { |y| y * 2 }\nend\n",
    "haskell": "main :: IO ()\nmain = mapM_ print [x | x <- [1..10], even x]\n",
    "lua": "local t = {1, 2, n = 3}\nfor i, v in ipairs(t) do print(i, v) end\n",
    "rst": "Title\n=====\n\n*emph* ``code`` `link <http://x>`_\n",
    "markdown": "# H\n\n* item `code` **bold**\n",
    "xml": "<?xml version=\"1.0\"?><a b=\"c\"><!-- c --><![CDATA[x]]></a>\n",
    "cpp": "template<typename T> auto f(T&& t) -> decltype(t) { return std::forward<T>(t); }\n",
    "perl": "my %h = (a => 1); print \"$_\\n\" for sort keys %h;\n",
    "php": "<?php $a = array(1, 2); echo \"v: {$a[0]}\"; ?>\n",
    "toml": "[a]\nb = 1\nc = [\"x\"]\n",
    "docker": "FROM debian:12\nRUN apt-get update && apt-get install -y x\n",
    "tex": "\\documentclass{article}\\begin{document}$x^2$\\end{document}\n",
}
for name, code in samples.items():
    lexer = get_lexer_by_name(name)
    out = highlight(code, lexer, get_formatter_by_name("html", nowrap=True))
    print(f"== {name} ({lexer.name})")
    print(out, end="")

code = samples["python"]
lexer = get_lexer_by_name("python")
for fmt in ["latex", "rtf", "svg", "bbcode", "irc", "terminal", "terminal256", "terminal16m", "raw", "tokens", "testcase", "pango"]:
    try:
        f = get_formatter_by_name(fmt)
    except Exception as e:
        print(fmt, "unavailable:", type(e).__name__)
        continue
    out = highlight(code, lexer, f)
    print(f"== formatter {fmt}")
    print(out if isinstance(out, str) else out.decode("utf-8", "replace"), end="")
print(get_formatter_by_name("latex").get_style_defs()[:500])
n = sum(1 for _ in get_all_lexers())
print(n > 400)
styles = sorted(get_all_styles())
print(len(styles) > 30, [get_style_by_name(s).background_color for s in styles[:10]])
