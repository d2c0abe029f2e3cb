# requires: jinja2
# Render templates with loops, filters, macros, inheritance, includes,
# autoescaping, custom filters and tests, and error reporting.
from jinja2 import Environment, DictLoader, StrictUndefined, TemplateSyntaxError, UndefinedError, select_autoescape

templates = {
    "base.html": """<html><head><title>{% block title %}Site{% endblock %}</title></head>
<body>
{% block body %}{% endblock %}
{% include "footer.html" %}
</body></html>""",
    "footer.html": "<footer>{{ year }} &copy; {{ owner|upper }}</footer>",
    "macros.html": """{% macro field(name, value='', type='text') -%}
<input type="{{ type }}" name="{{ name }}" value="{{ value|e }}">
{%- endmacro %}
{% macro list(items) -%}
<ul>{% for i in items %}<li class="{{ loop.cycle('odd', 'even') }}">{{ i }}</li>{% endfor %}</ul>
{%- endmacro %}""",
    "page.html": """{% extends "base.html" %}
{% import "macros.html" as m %}
{% block title %}{{ title }} - {{ super() }}{% endblock %}
{% block body %}
<h1>{{ title|title }}</h1>
{{ m.field('user', '<admin>') }}
{{ m.list(users|map(attribute='name')|list) }}
{% for u in users|sort(attribute='age', reverse=true) %}
  {{ loop.index }}/{{ loop.length }}: {{ u.name }} ({{ u.age }}){% if loop.first %} oldest{% endif %}{% if loop.last %} youngest{% endif %}
{% endfor %}
{% set total = users|sum(attribute='age') %}
Total age: {{ total }}, average {{ (total / users|length)|round(1) }}
{% for k, v in stats|dictsort %}{{ k }}={{ v }}{{ ", " if not loop.last }}{% endfor %}
{{ "hello world"|replace("world", "jinja")|center(21)|trim }}
{{ text|wordcount }} words; {{ text|truncate(20) }}
{{ [3, 1, 2]|max }} {{ range(5)|list|join(",") }} {{ "%05.1f"|format(3.14159) }}
{% filter upper %}filtered block{% endfilter %}
{{ users|groupby('age')|map(attribute='grouper')|list }}
{% with x = 42 %}{{ x is divisibleby 7 }} {{ x is even }}{% endwith %}
{{ 'abc' is shout }} {{ price|money }}
{% raw %}{{ not rendered }}{% endraw %}
{{ data|tojson }}
{% endblock %}""",
}

env = Environment(loader=DictLoader(templates), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["money"] = lambda v: "${:,.2f}".format(v)
env.tests["shout"] = lambda s: s.isupper()
users = [{"name": "ann", "age": 31}, {"name": "bob", "age": 45}, {"name": "cy", "age": 31}]
out = env.get_template("page.html").render(
    title="user list", users=users, year=2024, owner="acme", stats={"b": 2, "a": 1},
    text="the quick brown fox jumps over the lazy dog", price=1234567.891,
    data={"a": [1, 2], "b": "<x>"})
print(out)

# plain string templates, whitespace control, loops with else, recursion
t = env.from_string("""{%- for n in nodes recursive %}
{{ "  " * (loop.depth - 1) }}- {{ n.name }}
{%- if n.children %}{{ loop(n.children) }}{% endif %}
{%- else %}empty{% endfor %}""")
tree = [{"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}]
print(t.render(nodes=tree))
print(t.render(nodes=[]))

# native-ish expressions
e = Environment()
print(e.from_string("{{ a + b * 2 }} {{ a ~ b }} {{ 'x' in 'xyz' }} {{ [1,2,3][1:] }} {{ {'k': 1}['k'] }}").render(a=1, b=3))
expr = e.compile_expression("x * 2 + y")
print(expr(x=5, y=1))

# errors
try:
    e.from_string("{% for x in %}")
except TemplateSyntaxError as exc:
    print("syntax:", exc.message, exc.lineno)
strict = Environment(undefined=StrictUndefined)
try:
    strict.from_string("{{ missing.attr }}").render()
except UndefinedError as exc:
    print("undefined:", exc)
print(repr(e.from_string("[{{ missing }}]").render()))
