# Positions of string constants across lines and concatenations.
s = """one
two
three"""
t = ("a"
     "b"
     """c
d""")
u = '''
'''
v = "x" \
    "y"
w = f"""{
x
}""" "tail"
print("""a""", '''b''')
