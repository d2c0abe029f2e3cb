# -*- coding: latin-1 -*-
# A latin-1 source file: non-ASCII bytes decode as latin-1.
s = "café üß"
été = 1
t = f"{été} ©"
u = "é" + s
