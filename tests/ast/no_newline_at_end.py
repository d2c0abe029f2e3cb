# The file does not end with a newline.
x = 1
if x:
    y = 2