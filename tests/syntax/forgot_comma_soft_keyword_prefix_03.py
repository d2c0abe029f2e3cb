print(_ value)
