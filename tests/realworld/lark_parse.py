# requires: lark
# lark: Earley and LALR grammars, transformers, error reporting.
from lark import Lark, Transformer, v_args, Tree, Token
from lark.exceptions import UnexpectedInput

calc = r"""
?start: sum
?sum: product | sum "+" product -> add | sum "-" product -> sub
?product: atom | product "*" atom -> mul | product "/" atom -> div
?atom: NUMBER -> number | "-" atom -> neg | NAME -> var | "(" sum ")"
%import common.CNAME -> NAME
%import common.NUMBER
%import common.WS_INLINE
%ignore WS_INLINE
"""

@v_args(inline=True)
class Calc(Transformer):
    from operator import add, sub, mul, truediv as div, neg
    number = float
    def __init__(self):
        super().__init__()
        self.vars = {"x": 10}
    def var(self, name):
        return self.vars[name]

for parser in ("lalr", "earley"):
    p = Lark(calc, parser=parser)
    for src in ["1 + 2 * 3", "(1+2)*3 - -4", "x / 4 + x*x"]:
        tree = p.parse(src)
        print(parser, src, "=", Calc().transform(tree))
    print(p.parse("1+2*x").pretty())

json_grammar = r"""
?value: dict | list | string | SIGNED_NUMBER -> number | "true" -> true | "false" -> false | "null" -> null
list : "[" [value ("," value)*] "]"
dict : "{" [pair ("," pair)*] "}"
pair : string ":" value
string : ESCAPED_STRING
%import common.ESCAPED_STRING
%import common.SIGNED_NUMBER
%import common.WS
%ignore WS
"""
class ToPy(Transformer):
    def string(self, s): return s[0][1:-1]
    def number(self, n): return float(n[0])
    list = list
    pair = tuple
    dict = dict
    def true(self, _): return True
    def false(self, _): return False
    def null(self, _): return None
jp = Lark(json_grammar, start="value", parser="lalr", transformer=ToPy())
print(jp.parse('{"a": [1, 2.5, true, null], "b": {"c": "d"}}'))
try:
    jp.parse('{"a": [1, }')
except UnexpectedInput as e:
    print(type(e).__name__, e.line, e.column)
    print(e.get_context('{"a": [1, }'))
t = Lark('start: WORD+\n%import common.WORD\n%ignore " "').parse("hello big world")
print(t, [tok.type for tok in t.children], t.children[1].start_pos)
print(list(t.iter_subtrees()), Tree("a", [Token("X", "y")]) == Tree("a", [Token("X", "y")]))
