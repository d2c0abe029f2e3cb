# print and exec are ordinary names in Python 3.
print
print("hello")
print("a", "b", sep="", end="\n")
exec("code")
print(exec)
x = print
