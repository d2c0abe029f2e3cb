s = 'héllo'; x = f'ü{a b}'
