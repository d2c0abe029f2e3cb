[(top_level := i) for i in range(3)]
print(top_level)
