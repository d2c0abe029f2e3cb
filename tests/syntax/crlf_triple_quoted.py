s = '''a
b
