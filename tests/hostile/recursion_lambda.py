# Recursion through a lambda bound to a global name.
f = lambda n: f(n + 1)
f(0)
