# Binary and unary operators and their precedence.
a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** b
+a
~a
not a
a << b >> c
a & b | c ^ d
a + b * c - d / e
(a + b) * c
- - - a
~-+a
2 ** -1
a | b & c ^ d << e + f * g ** h
