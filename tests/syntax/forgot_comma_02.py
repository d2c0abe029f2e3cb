print('a' b)
