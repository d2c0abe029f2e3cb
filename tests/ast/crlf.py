# CRLF line endings throughout.
x = 1
if x:
    y = 2
s = """multi
line"""
f"""a
{x}"""
z = (1,
     2)
