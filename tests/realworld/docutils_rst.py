# requires: docutils
# reStructuredText to HTML and to a doctree, with roles, directives, tables.
from docutils.core import publish_parts, publish_doctree, publish_string

rst = """
==========
Main Title
==========

Subtitle here
-------------

A paragraph with *emphasis*, **strong**, ``literal`` and a link_.
Also a footnote [#]_ and an inline `interpreted` text.

.. _link: https://example.com/

.. [#] The footnote text.

Section One
===========

- item one
- item two

  - nested item

1. first
2. second

term
   Definition of the term.

:field name: field body
:another: value

.. note:: This is a note directive.

.. code-block:: python

   def f(x):
       return x * 2

+--------+--------+
| Head 1 | Head 2 |
+========+========+
| a      | b      |
+--------+--------+
| c      | d      |
+--------+--------+

=====  =====
col1   col2
=====  =====
1      2
3      4
=====  =====

> not a quote in rst

    A block quote.

::

    literal block
      indented

Section Two
===========

.. |sub| replace:: substituted text

Here is |sub|.
"""
settings = {"output_encoding": "unicode", "syntax_highlight": "none", "embed_stylesheet": False,
            "stylesheet_path": "", "warning_stream": False}
parts = publish_parts(rst, writer_name="html", settings_overrides=settings)
print(parts["title"])
print(parts["subtitle"])
print(parts["body"])
doc = publish_doctree(rst, settings_overrides={"warning_stream": False})
print(doc.pformat()[:3000])
print(len(doc.traverse()))
xml = publish_string("Hello *world*.", writer_name="pseudoxml", settings_overrides={"output_encoding": "unicode"})
print(xml)
bad = publish_string("Title\n===\n\n.. unknown-directive:: x\n", writer_name="pseudoxml",
                     settings_overrides={"output_encoding": "unicode", "report_level": 5})
print(bad)
