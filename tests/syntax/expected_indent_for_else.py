for i in x:
    pass
else:
print(i)
