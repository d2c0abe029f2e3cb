import _string
for s in ["a{0}b", "x{{y}}z", "{name!r:>10}", "{a.b[0]}", "{}{}", "plain", "{:{w}}", "}}", "{0!s}"]:
    print(list(_string.formatter_parser(s)))
for bad in ["{", "}", "a{b", "{!}", "{0!rr}", "{0!"]:
    try: print(list(_string.formatter_parser(bad)))
    except ValueError as e: print("ValueError", e)
print(_string.formatter_field_name_split("a.b[0][x]")[0], list(_string.formatter_field_name_split("a.b[0][x]")[1]))
print(_string.formatter_field_name_split("12")[0])
for bad in ["a.", "a[", "a[0]b", "a[]"]:
    try: print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e: print("ValueError", e)
