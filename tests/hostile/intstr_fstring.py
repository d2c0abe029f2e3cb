# f-string formatting of a big int is limited too.
x = 10 ** 5000
f"{x}"
