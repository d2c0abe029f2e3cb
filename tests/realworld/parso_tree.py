# requires: parso
# parso: error-tolerant parsing, tree walking, round-tripping and error listing.
import parso

code = '''import os
def f(a, b=1, *args, **kw):
    """doc"""
    x = [i ** 2 for i in range(a)]
    return x + b

class C(Base):
    attr: int = 3
    async def m(self):
        await g()
'''
module = parso.parse(code, version="3.11")
print(module.get_code() == code, module.type, len(module.children))
for node in module.iter_funcdefs():
    print("def", node.name.value, [p.name.value for p in node.get_params()], node.start_pos, node.end_pos)
for cls in module.iter_classdefs():
    print("class", cls.name.value, [f.name.value for f in cls.iter_funcdefs()], cls.get_super_arglist().get_code())
print([imp.get_defined_names()[0].value for imp in module.iter_imports()])
leaf = module.get_leaf_for_position((4, 10))
print(leaf, leaf.type, leaf.parent.type, leaf.get_next_leaf(), leaf.get_previous_leaf())
print(sorted(module.get_used_names().keys()))
def walk(n, depth=0, out=[]):
    out.append("  " * depth + n.type)
    for c in getattr(n, "children", []):
        walk(c, depth + 1, out)
    return out
print("\n".join(walk(module.children[1])[:25]))
bad = "def broken(:\n    pass\nx = = 1\nprint('ok'\n"
grammar = parso.load_grammar(version="3.11")
m2 = grammar.parse(bad)
print(m2.get_code() == bad)
for err in grammar.iter_errors(m2):
    print(err.start_pos, err.code, err.message)
print([e.message for e in grammar.iter_errors(grammar.parse("f(**a, *b)\nnonlocal x\nreturn 1\n"))])
print(parso.split_lines("a\nb\r\nc", keepends=True), parso.python_bytes_to_unicode(b"# coding: latin-1\nx='\xe9'"))
