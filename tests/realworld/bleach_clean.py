# requires: bleach html5lib
# bleach: sanitizing and linkifying untrusted HTML.
import bleach
from bleach.linkifier import Linker

dirty = '<p onclick="evil()">Hi <b>there</b> <script>alert(1)</script><a href="javascript:x">bad</a> <a href="http://ok.com" title="t">ok</a><img src=x onerror=y></p>'
print(bleach.clean(dirty))
print(bleach.clean(dirty, tags={"p", "b", "a"}, attributes={"a": ["href", "title"]}, strip=True))
print(bleach.clean("<em>keep</em> <blink>drop</blink> &amp; & < >", tags={"em"}))
print(bleach.clean("<!-- c --><i>x</i>", strip_comments=False, tags={"i"}))
print(bleach.linkify("visit example.com or http://foo.org/path?q=1 and mail me@x.org"))
print(bleach.linkify("see www.python.org", parse_email=True, callbacks=[]))
def nofollow(attrs, new=False):
    attrs[(None, "rel")] = "nofollow"
    return attrs
print(Linker(callbacks=[nofollow]).linkify("go to https://a.b/c."))
print(bleach.clean("<table><tr><td>1</td></tr></table>", tags={"table", "tr", "td"}))
