# str() of a deeply nested list goes through the same C recursion as repr.
x = []
for _ in range(200000):
    x = [x]
str(x)
