# requires: markdown
# Markdown to HTML with the common extensions.
import markdown

text = """
# Title

Some *emphasis*, **strong**, `code` and a [link](http://example.com "title").
An auto link <http://auto.example> and an image ![alt](img.png).

## List

* one
* two
    * nested
1. first
2. second

> a quote
> continued

    indented code block

```python
def f():
    return 1
```

| a | b |
|---|---|
| 1 | 2 |

Term
:   Definition

Footnote here[^1].

[^1]: The note.

*[HTML]: Hyper Text Markup Language

HTML abbreviations. Line with trailing spaces  
breaks.

---

Text & <b>raw html</b> and &amp; entity.
"""
md = markdown.Markdown(extensions=["extra", "toc", "sane_lists", "admonition", "codehilite", "meta", "nl2br"],
                       extension_configs={"codehilite": {"noclasses": False, "guess_lang": False}})
print(md.convert(text))
print(md.toc)
print(markdown.markdown("!!! note \"Heads up\"\n    Admonition body.", extensions=["admonition"]))
print(markdown.markdown("Title: Doc\nAuthor: Me\n\nBody", extensions=["meta"]))
md2 = markdown.Markdown(extensions=["meta"])
md2.convert("Title: Doc\nTags: a\n    b\n\nBody")
print(sorted(md2.Meta.items()))
print(markdown.markdown("<div markdown='1'>*inside*</div>", extensions=["md_in_html"]))
print(markdown.markdown("a_b_c and __init__ and snake_case_word", extensions=["smarty"]))
print(markdown.markdown('"quotes" -- dash --- em ... ellipsis <<a>>', extensions=["smarty"]))
print(markdown.markdown("- [ ] todo\n- [x] done"))
print(markdown.markdown("Setext\n======\n\nSub\n---\n\n#### h4 ####"))
print(markdown.markdown("* a\n\n* b\n\n  para in b"))
