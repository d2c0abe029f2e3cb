x = 'ab\N{LATIN'
