# requires: docutils
# docutils: the same document through several writers and readers.
from docutils.core import publish_string, publish_parts
import docutils.utils
import docutils.frontend

rst = r"""
.. title:: Writers

=========
 Writers
=========

:Author: Somebody
:Version: 1.0

.. contents:: Table of Contents
   :depth: 2

Intro
=====

Inline *em*, **strong**, ``lit``, :sub:`sub`, :sup:`sup`, :math:`x^2`,
a :title-reference:`ref`, an `anonymous link`__ and a target_.

__ http://a.example
.. _target: http://b.example

.. math::

   \int_0^1 x\,dx = \frac{1}{2}

.. image:: pic.png
   :alt: a picture
   :width: 100

.. figure:: fig.png

   A caption.

.. topic:: A topic

   Topic body.

.. sidebar:: Side

   Sidebar body.

.. warning:: Careful.

.. csv-table:: CSV
   :header: "a", "b"

   1, "two"
   3, "four, five"

.. list-table:: List
   :header-rows: 1

   * - h1
     - h2
   * - c1
     - c2

Details
=======

Line blocks:

| line one
|    indented line

Option lists:

-a         all
--long=X   long option

Doctest:

>>> 1 + 1
2

.. [CIT2002] A citation.

See [CIT2002]_.

.. rubric:: A rubric

.. compound::

   Compound paragraph.

.. |date| date:: %Y
.. |x| unicode:: U+00A9

Trailing |x|.
"""
quiet = {"report_level": 5, "halt_level": 5, "output_encoding": "unicode", "input_encoding": "unicode",
         "embed_stylesheet": False, "stylesheet_path": "", "datestamp": False, "generator": False,
         "traceback": True}
for writer in ["pseudoxml", "html4css1", "html5", "latex", "manpage", "s5_html", "null"]:
    out = publish_string(rst, writer_name=writer, settings_overrides=dict(quiet))
    if isinstance(out, bytes):
        out = out.decode()
    out = out.replace(str(__import__("datetime").date.today().year), "YEAR")
    print(f"===== {writer}: {len(out.splitlines())} lines")
    print("\n".join(out.splitlines()[:60]))
parts = publish_parts(rst, writer_name="html5", settings_overrides=dict(quiet))
print(sorted(parts))
print(parts["fragment"][:800])
# errors reported in the document
bad = ".. image::\n\nText with `broken link`_ and *unclosed\n"
print(publish_string(bad, writer_name="pseudoxml",
                     settings_overrides={"report_level": 1, "halt_level": 5, "output_encoding": "unicode",
                                         "warning_stream": False}))
