# Boolean operators and comparisons, including chains.
a and b
a or b
a and b and c
a or b or c
a and b or c and d
not a and not b
a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a < b < c < d
not a == b
x if a and b else y
