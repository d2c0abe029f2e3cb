# Non-ASCII text before expressions: col_offset counts UTF-8 bytes.
x = "é" + y
s = "日本語"; t = s + u
u = "😀😀" ; v = (u, w)
café = naïve + ñ
z = "ab" if "ü" else "ç"
print("δ", α, β)
f"é{x}ü{y!r}"
f"日本{語}"
f"""
ü{x}
😀 {y}"""
# ünïcödé comment then code
d = {"ключ": значение}
