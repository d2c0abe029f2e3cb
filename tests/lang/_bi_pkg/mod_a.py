A = 'a'
