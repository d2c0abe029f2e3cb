# bytes literals with escapes and every byte value class.
b""
b"abc"
b"\x00\x01\x1f\x7f\x80\xff"
b"\t\n\r\\\'\""
b"\0\7\77\377"
b"\a\b\f\v"
b"\u1234 \N{x}"
b'it\'s'
b"say \"hi\""
b'both \' and "'
b"""triple
newline"""
rb"\x00"
x = b"a" b"b"
