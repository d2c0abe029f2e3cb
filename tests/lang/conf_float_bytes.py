for b in [b'123\xa0', b'\xa0123', b' 1.5 ', bytearray(b'2e3'), b'1_000.5', b'\xe2\x80\x83 4', b'nan', b'x']:
    try: print(b, float(b))
    except ValueError as e: print(b, "ValueError", e)
