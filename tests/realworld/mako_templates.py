# requires: mako
# mako: templates with control flow, defs, inheritance via lookup, filters.
from mako.template import Template
from mako.lookup import TemplateLookup
from mako import exceptions

t = Template("""Hello ${name.upper()}!
% for i, item in enumerate(items):
  ${i}: ${item | h}
% endfor
% if flag:
flag on
% else:
flag off
% endif
<%def name="row(x, y=2)">[${x}-${y}]</%def>
${row(1)} ${row(3, y=4)}
<% total = sum(nums) %>total=${total} avg=${"%.2f" % (total / len(nums))}
${"<b>" | h} ${"a b" | u} ${"  trimmed  " | trim}
""")
print(t.render(name="world", items=["<x>", "y&z"], flag=True, nums=[1, 2, 3, 4]))

lookup = TemplateLookup()
lookup.put_string("base.html", """<html><title>${self.title()}</title>
<body>${self.body()}</body></html>
<%def name="title()">default</%def>""")
lookup.put_string("page.html", """<%inherit file="base.html"/>
<%def name="title()">Page ${n}</%def>
% for x in range(n):
<p>${x * x}</p>
% endfor
""")
print(lookup.get_template("page.html").render(n=3))

t2 = Template("""<%!
    import string
%>${string.capwords("hello big world")}
<%!
    def shout(s):
        return s.upper() + "!"
%>${shout("hey")}
${caller_test()}
<%def name="caller_test()"><%call expr="wrap()">inner</%call></%def>
<%def name="wrap()">(${caller.body()})</%def>""")
print(t2.render())
try:
    Template("${x").render()
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    Template("${undefined_var + 1}", strict_undefined=True).render()
except Exception as e:
    print(type(e).__name__)
print(repr(Template("${x}").render(x=None)))
print(len(Template("a${b}c").code) > 0)
