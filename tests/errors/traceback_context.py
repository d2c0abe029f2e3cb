# An exception raised while handling another: "During handling of the above exception".
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
print(parse("12"))
parse("x")
