x = 'é'
assert len(x) == 1
