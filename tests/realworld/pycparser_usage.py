# pycparser (on ply) as its users use it: parse C source, walk the AST,
# regenerate C, and ply's own lexer/parser on a small calculator grammar.
# requires: pycparser ply
from pycparser import c_parser, c_ast, c_generator
src = r'''
typedef struct node { int value; struct node *next; } node_t;
static int sum(node_t *head) {
    int total = 0;
    for (node_t *p = head; p != 0; p = p->next)
        total += p->value * 2 + (p->value > 3 ? 1 : -1);
    return total;
}
enum color { RED, GREEN = 5, BLUE };
int main(int argc, char **argv) {
    unsigned long long x = 0x1fULL << 3;
    char buf[16] = "hi\n";
    switch (argc) { case 1: x++; break; default: x--; }
    while (x > 10) { x /= 2; if (x == 7) continue; }
    do { x += sizeof(node_t); } while (0);
    return (int)x;
}
'''
parser = c_parser.CParser()
ast = parser.parse(src, filename='<src>')
class FuncVisitor(c_ast.NodeVisitor):
    def visit_FuncDef(self, node):
        print('func', node.decl.name, 'at line', node.decl.coord.line,
              [p.name for p in node.decl.type.args.params])
        self.generic_visit(node)
    def visit_BinaryOp(self, node):
        print('binop', node.op)
        self.generic_visit(node)
FuncVisitor().visit(ast)
print(c_generator.CGenerator().visit(ast))
ast.ext[0].show(attrnames=True, nodenames=True)
try:
    parser.parse('int f( { return; }', filename='bad.c')
except c_parser.ParseError as e:
    print('ParseError', e)

import ply.lex as lex, ply.yacc as yacc
tokens = ('NUM', 'PLUS', 'TIMES', 'LP', 'RP', 'MINUS')
t_PLUS, t_TIMES, t_LP, t_RP, t_MINUS = r'\+', r'\*', r'\(', r'\)', r'-'
t_ignore = ' '
def t_NUM(t):
    r'\d+'
    t.value = int(t.value)
    return t
def t_error(t):
    print('bad char', t.value[0]); t.lexer.skip(1)
precedence = (('left', 'PLUS', 'MINUS'), ('left', 'TIMES'), ('right', 'UMINUS'))
def p_add(p):
    '''e : e PLUS e
         | e MINUS e
         | e TIMES e'''
    p[0] = p[1] + p[3] if p[2] == '+' else p[1] - p[3] if p[2] == '-' else p[1] * p[3]
def p_neg(p):
    'e : MINUS e %prec UMINUS'
    p[0] = -p[2]
def p_paren(p):
    'e : LP e RP'
    p[0] = p[2]
def p_num(p):
    'e : NUM'
    p[0] = p[1]
def p_error(p):
    print('syntax error at', p)
lexer = lex.lex()
calc = yacc.yacc(debug=False, write_tables=False)
for s in ['1 + 2 * 3', '(1 + 2) * 3', '-4 * (2 - 7) + 10', '2 * * 3']:
    print(s, '=', calc.parse(s, lexer=lexer))
