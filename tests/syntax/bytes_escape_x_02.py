x = b'abc\xZZ'
