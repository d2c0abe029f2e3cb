# The program `make run` runs.
def greet(name):
    return f"Hello, {name}!"

print(greet("krait"))
