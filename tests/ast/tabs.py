# Tabs in indentation and between tokens (a tab counts as one column).
if a:
	x = 1
	if b:
		y = 2
	else:
		y = 3
def f():
	return	1
z	=	(a,	b)
class C:
	pass
