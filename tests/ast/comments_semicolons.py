# Comments and semicolons in and between statements.
x = 1  # trailing comment
# full-line comment
y = 2; z = 3  # two statements
if x:  # comment after colon
    # comment in block
    pass  # comment
    # comment at end of block
# comment at outer level
def f(): pass; return
class C: x = 1; y = 2
while 0: pass
for i in x: a; b
