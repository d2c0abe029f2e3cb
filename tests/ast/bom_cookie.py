# coding: utf-8
# A BOM together with a matching coding cookie.
x = "ü"
