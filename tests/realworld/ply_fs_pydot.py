# requires: ply fs pydot
# ply (lex/yacc calculator), pyfilesystem2 (in-memory FS), pydot (DOT text).
import ply.lex as lex
import ply.yacc as yacc

tokens = ("NUMBER", "NAME", "PLUS", "MINUS", "TIMES", "DIVIDE", "LPAREN", "RPAREN", "EQUALS")
t_PLUS, t_MINUS, t_TIMES, t_DIVIDE = r"\+", r"-", r"\*", r"/"
t_LPAREN, t_RPAREN, t_EQUALS = r"\(", r"\)", r"="
t_NAME = r"[a-zA-Z_][a-zA-Z0-9_]*"
t_ignore = " \t"

def t_NUMBER(t):
    r"\d+"
    t.value = int(t.value)
    return t

def t_newline(t):
    r"\n+"
    t.lexer.lineno += len(t.value)

def t_error(t):
    print("Illegal character %r" % t.value[0])
    t.lexer.skip(1)

precedence = (("left", "PLUS", "MINUS"), ("left", "TIMES", "DIVIDE"), ("right", "UMINUS"))
names = {}

def p_statement_assign(p):
    "statement : NAME EQUALS expression"
    names[p[1]] = p[3]
    p[0] = ("assign", p[1], p[3])

def p_statement_expr(p):
    "statement : expression"
    p[0] = p[1]

def p_expression_binop(p):
    """expression : expression PLUS expression
                  | expression MINUS expression
                  | expression TIMES expression
                  | expression DIVIDE expression"""
    a, op, b = p[1], p[2], p[3]
    p[0] = a + b if op == "+" else a - b if op == "-" else a * b if op == "*" else a // b

def p_expression_uminus(p):
    "expression : MINUS expression %prec UMINUS"
    p[0] = -p[2]

def p_expression_group(p):
    "expression : LPAREN expression RPAREN"
    p[0] = p[2]

def p_expression_number(p):
    "expression : NUMBER"
    p[0] = p[1]

def p_expression_name(p):
    "expression : NAME"
    p[0] = names.get(p[1], 0)

def p_error(p):
    print("Syntax error at", p.value if p else "EOF")

lexer = lex.lex()
lexer.input("x = 3 + 4 * (2 - 1)\ny = -x / 2 $")
print([(t.type, t.value, t.lineno, t.lexpos) for t in lexer])
parser = yacc.yacc(write_tables=False, debug=False, errorlog=yacc.NullLogger())
for src in ["x = 3 + 4 * (2 - 1)", "x * 2 - -3", "y = x / 2", "(1 + 2", "7 7"]:
    print(src, "->", parser.parse(src, lexer=lexer))
print(sorted(names.items()))

from fs.memoryfs import MemoryFS
from fs import path as fspath
with MemoryFS() as mem:
    mem.makedirs("docs/sub")
    mem.writetext("docs/a.txt", "alpha\nbeta\n")
    mem.writebytes("docs/sub/b.bin", b"\x00\x01\x02")
    mem.writetext("top.md", "# title")
    print(sorted(mem.listdir("/")), sorted(mem.listdir("docs")), mem.readtext("docs/a.txt").splitlines())
    print(sorted(mem.walk.files()), sorted(mem.walk.dirs()), mem.getsize("docs/sub/b.bin"), mem.isdir("docs"), mem.exists("nope"))
    print(sorted(m.path for m in mem.glob("**/*.txt")), mem.getinfo("top.md", namespaces=["details"]).size)
    mem.move("top.md", "docs/top.md"); mem.copy("docs/a.txt", "a_copy.txt"); mem.remove("docs/sub/b.bin")
    print(sorted(mem.walk.files()))
    try:
        mem.readtext("missing.txt")
    except Exception as e:
        print(type(e).__name__, e)
print(fspath.join("a", "b/../c"), fspath.splitext("x/y.tar.gz"), fspath.relpath("/a/b"), fspath.parts("/a/b/c"), fspath.normpath("a//b/./c/.."))

import pydot
g = pydot.Dot("deps", graph_type="digraph", rankdir="LR")
g.add_node(pydot.Node("app", shape="box", label="App"))
for dep in ("lib", "util"):
    g.add_node(pydot.Node(dep, style="filled", fillcolor="lightgrey"))
    g.add_edge(pydot.Edge("app", dep, label="uses"))
sub = pydot.Subgraph("cluster_x", label="cluster")
sub.add_node(pydot.Node("inner"))
g.add_subgraph(sub)
g.add_edge(pydot.Edge("util", "inner", color="red"))
print(g.to_string())
parsed = pydot.graph_from_dot_data('digraph G { a -> b [weight=2]; b -> c; c [shape=circle]; }')[0]
print(parsed.get_name(), [(e.get_source(), e.get_destination(), e.get_attributes()) for e in parsed.get_edges()], [n.get_name() for n in parsed.get_nodes()])
