x = f'{a!r'
