# requires: bs4
# BeautifulSoup with the stdlib html.parser: navigation, search, CSS-free
# traversal, modification, output.
from bs4 import BeautifulSoup, Comment, NavigableString

html = """<!DOCTYPE html>
<html><head><title>The Dormouse's story</title><meta charset="utf-8"></head>
<body>
<p class="title"><b>The Dormouse's story</b></p>
<p class="story">Once upon a time there were three little sisters; and their names were
<a href="http://example.com/elsie" class="sister" id="link1">Elsie</a>,
<a href="http://example.com/lacie" class="sister" id="link2">Lacie</a> and
<a href="http://example.com/tillie" class="sister other" id="link3">Tillie</a>;
and they lived at the bottom of a well.</p>
<!-- a comment -->
<table><tr><th>h</th></tr><tr><td>1 &amp; 2</td><td>&lt;x&gt;</td></tr></table>
<ul><li>one<li>two</ul>
<p class="story">...</p>
</body></html>"""
soup = BeautifulSoup(html, "html.parser")
print(soup.title, soup.title.string, soup.title.parent.name)
print(soup.p["class"], soup.a, soup.find(id="link3")["class"])
print([a["href"] for a in soup.find_all("a")])
print([a.get_text() for a in soup.find_all("a", class_="sister")], soup.find_all("a", limit=1))
print([t.name for t in soup.find_all(["b", "th"])], len(soup.find_all(True)))
print(soup.find("p", class_="story").get_text(" ", strip=True)[:60])
print([s for s in soup.stripped_strings][:8])
print(soup.find(string=lambda t: isinstance(t, Comment)))
print([td.get_text() for td in soup.find_all("td")], soup.td.decode_contents())
print([li.get_text() for li in soup.find_all("li")])
link2 = soup.find(id="link2")
print(link2.find_next_sibling("a")["id"], link2.find_previous("a")["id"], link2.parent.name)
print([type(c).__name__ for c in soup.b.children], soup.b.next_element, repr(soup.b.next_sibling))
print(soup.select_one is not None)
# modification
tag = soup.new_tag("a", href="http://example.com/new", id="link4")
tag.string = "New"
soup.find("p", class_="story").append(tag)
soup.b.string.replace_with("Replaced")
soup.find(id="link1").decompose()
del soup.find(id="link2")["class"]
soup.title.string = NavigableString("New <title>")
print(soup.head)
print(soup.find("p", class_="story"))
print(soup.find("table").prettify())
s2 = BeautifulSoup("<div><p>a<p>b</div><br/><img src=x>", "html.parser")
print(s2, s2.decode(formatter="html"), s2.encode("ascii"))
print(BeautifulSoup("caf&eacute; &#x263A; &nbsp;", "html.parser").get_text().encode("unicode_escape"))
print(BeautifulSoup("<p>x</p>", "html.parser").p.attrs, soup.find("nothing"), soup.find_all("a", href=lambda h: h and "tillie" in h))
