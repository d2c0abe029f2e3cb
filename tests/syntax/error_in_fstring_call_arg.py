print(f'{x}' +)
