# Implicit concatenation mixing plain, u-, r-, f- and triple-quoted strings.
"a" "b"
"a" 'b' """c""" '''d'''
u"a" "b"
"a" u"b"
u"a" u"b"
"a" f"{b}"
f"{a}" "b"
u"x" f"{y}" "z"
f"{a}" f"{b}" f"{c}"
r"\d" "\n"
"a" r"\b" f"{c}\n" rf"\d{e}"
("implicit "
 "across "
 f"lines {x}")
x = ("a"
     "b")
"" ""
"" f""
f"" ""
u"" f"{x}"
b"a" b"b"
b"a" rb"\b" Br"\c"
