x = 'é' + 'ab\xg0'
