# List, tuple, set and dict displays, including unpacking.
[]
[1]
[1, 2, 3,]
()
(1,)
(1, 2)
1,
1, 2
{1}
{1, 2,}
{}
{1: 2}
{1: 2, 3: 4,}
{**a}
{**a, 1: 2, **b}
{"a": [1, (2, {3})]}
[[], [[]], ((),)]
((((x))))
((a, b), (c, d))
