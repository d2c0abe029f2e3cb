# requires: jinja2
# jinja2 beyond rendering: sandbox, async, extensions, file loaders,
# bytecode cache, meta analysis, native types, streaming.
import asyncio
import os
import tempfile
from jinja2 import (Environment, FileSystemLoader, ChoiceLoader, DictLoader, FunctionLoader,
                    FileSystemBytecodeCache, meta, nodes, pass_context, TemplateNotFound)
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from jinja2.nativetypes import NativeEnvironment
from jinja2.ext import Extension

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "tpl", "sub"))
with open(os.path.join(d, "tpl", "layout.txt"), "w") as f:
    f.write("<{% block content %}{% endblock %}>\n")
with open(os.path.join(d, "tpl", "sub", "page.txt"), "w") as f:
    f.write("{% extends 'layout.txt' %}{% block content %}page {{ n }}{% endblock %}")
cache_dir = os.path.join(d, "cache")
os.mkdir(cache_dir)
env = Environment(loader=ChoiceLoader([FileSystemLoader(os.path.join(d, "tpl")),
                                       FunctionLoader(lambda name: f"fn:{name}" if name.startswith("fn") else None)]),
                  bytecode_cache=FileSystemBytecodeCache(cache_dir), keep_trailing_newline=True)
print(repr(env.get_template("sub/page.txt").render(n=1)))
print(len(os.listdir(cache_dir)))
env2 = Environment(loader=FileSystemLoader(os.path.join(d, "tpl")), bytecode_cache=FileSystemBytecodeCache(cache_dir))
print(repr(env2.get_template("sub/page.txt").render(n=2)))
print(env.get_template("fn_x").render(), sorted(env.list_templates()))
try:
    env.get_template("missing.txt")
except TemplateNotFound as e:
    print("TemplateNotFound", e)

# sandbox
sb = SandboxedEnvironment()
print(sb.from_string("{{ x.upper() }} {{ 2 ** 10 }}").render(x="safe"))
for src in ["{{ x.__class__.__mro__ }}", "{{ ''.__class__.__subclasses__() }}", "{{ f.__globals__ }}"]:
    try:
        print(repr(sb.from_string(src).render(x="s", f=lambda: 0)))
    except SecurityError as e:
        print("SecurityError", e)

# async rendering
aenv = Environment(enable_async=True)
async def items():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
t = aenv.from_string("{% for i in items() %}{{ i }}{% if not loop.last %},{% endif %}{% endfor %} {{ coro() }}")
async def coro():
    return "awaited"
print(asyncio.run(t.render_async(items=items, coro=coro)))

# an extension with a custom tag
class UpperExtension(Extension):
    tags = {"upper"}
    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endupper"], drop_needle=True)
        return nodes.CallBlock(self.call_method("_upper"), [], [], body).set_lineno(lineno)
    def _upper(self, caller):
        return caller().upper()
xenv = Environment(extensions=[UpperExtension, "jinja2.ext.i18n", "jinja2.ext.loopcontrols", "jinja2.ext.do"])
xenv.install_null_translations()
print(xenv.from_string("{% upper %}hello {{ who }}{% endupper %}").render(who="you"))
print(xenv.from_string("{% trans count=n %}{{ count }} item{% pluralize %}{{ count }} items{% endtrans %}").render(n=2))
print(xenv.from_string("{% for i in range(10) %}{% if i > 3 %}{% break %}{% endif %}{% if i == 1 %}{% continue %}{% endif %}{{ i }}{% endfor %}").render())
print(xenv.from_string("{% set l = [] %}{% do l.append(1) %}{{ l }}").render())

# meta, native types, streaming, context functions
ast = env.parse("{% extends 'base' %}{% include 'inc' %}{{ a + b.c }}{% set d = 1 %}{{ d }}")
print(sorted(meta.find_undeclared_variables(ast)), list(meta.find_referenced_templates(ast)))
native = NativeEnvironment()
r = native.from_string("{{ x + y }}").render(x=1, y=2)
print(r, type(r).__name__, native.from_string("{{ [a, b] }}").render(a=1, b="s"))
@pass_context
def ctxname(ctx):
    return ctx.get("name", "?")
env.globals["ctxname"] = ctxname
print(env.from_string("{{ ctxname() }}").render(name="ctx"))
print(list(env.from_string("{% for i in range(3) %}[{{ i }}]{% endfor %}").generate()))
s = env.from_string("{% for i in range(5) %}{{ i }}\n{% endfor %}").stream()
s.enable_buffering(2)
print(list(s))
m = env.from_string("{% macro hi(n) %}hi {{ n }}{% endmacro %}{% set v = 42 %}").module
print(m.hi("mod"), m.v)
print(env.from_string("{{ x|default('dflt') }} {{ y|default('d', true) }} {{ z|d }}").render(y=""))
print(env.from_string("{{ '%s-%s'|format(1, 2) }} {{ 'x'|attr('upper')() }} {{ (1, 2)|list }}").render())
