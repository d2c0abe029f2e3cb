# requires: markupsafe
# markupsafe's pure-Python implementation: escaping and Markup strings.
import markupsafe
from markupsafe import Markup, escape, escape_silent, soft_str

print(escape("<script>alert('x') & \"y\"</script>"))
print(repr(escape(Markup("<b>safe</b>"))), escape(42), escape_silent(None), repr(escape(None)))
m = Markup("<em>%s</em>") % "<unsafe>"
print(m, type(m).__name__)
print(Markup("<p>{0} {name}</p>").format("<a>", name="&"))
print(Markup("<br>").join(["<x>", Markup("<y>")]))
print(Markup("a") + "<b>", "<c>" + Markup("d"), Markup("<i>x</i>") * 2)
print(Markup("<b>Hello</b> &amp; <i>World</i>").striptags(), Markup("&lt;&gt;&amp;&#39;&#x41;").unescape())
print(Markup("  a  b  ").split(), Markup("a,b").partition(","), Markup("<a>").upper())


class Obj:
    def __html__(self):
        return "<obj/>"


print(escape(Obj()), Markup(Obj()), Markup("%(k)s") % {"k": "<v>"})
print(soft_str(5), repr(soft_str(Markup("x"))), Markup("x").__html__() == "x")
print(f"{Markup('<b>{0}</b>').format('<')!s}", Markup("{}").format(3.5))
print(markupsafe.__name__, escape("é€ü<"), len(Markup("abc")))
