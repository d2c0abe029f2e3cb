# 3.11 position quirks of f-string fields inside implicit concatenation.
x = ("abc" f"{a}" "def"
     f"{b}")
y = f"{a}" \
    f"{b}"
z = call("s" f"{c!r:>{w}}",
         f"""
{d}""" "e")
f"{a}" "b" f"{a}"
f"{x}" f"{x}" f"{y}"
