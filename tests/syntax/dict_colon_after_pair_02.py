d = {'a': 1, exec 'x'}
