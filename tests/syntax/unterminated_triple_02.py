'''Module docstring

never closed