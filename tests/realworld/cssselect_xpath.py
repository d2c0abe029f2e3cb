# requires: cssselect
# cssselect: translating CSS selectors to XPath (as lxml/parsel users do).
from cssselect import GenericTranslator, HTMLTranslator, parse, SelectorError

gt, ht = GenericTranslator(), HTMLTranslator()
sels = ["div", "div.note > p", "#main a[href^='http']", "ul li:nth-child(2n+1)", "a:not(.x)", "p:first-child",
        "input[type=checkbox]:checked", "h1 ~ p", "h1 + p", "*[lang|=en]", "p:contains('hi')", "a[title*=x]",
        "li:last-of-type", "p:empty", "ns|tag", "div:nth-last-child(3)", "a:link", "span:only-child", "[data-x$=y]"]
for s in sels:
    try:
        print(s, "=>", gt.css_to_xpath(s))
        print("   html:", ht.css_to_xpath(s, prefix="descendant::"))
    except SelectorError as e:
        print(s, "error", type(e).__name__, e)
for sel in parse("div#a.b > p::first-line, span"):
    print(repr(sel), sel.pseudo_element, sel.specificity())
for bad in ["div >", "[x=", "a:nth-child(x)", "::"]:
    try:
        gt.css_to_xpath(bad)
    except SelectorError as e:
        print(repr(bad), type(e).__name__, e)
