e = ValueError(1)
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e])
raise e
