# Form feeds in indentation and between statements.

x = 1
y = 2
if x:
    z = 3
      w = 4
