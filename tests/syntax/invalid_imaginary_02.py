x = 1.5Jx
