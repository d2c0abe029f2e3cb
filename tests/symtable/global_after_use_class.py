class C:
    print(y)
    global y
