# ast.literal_eval: accepted literals and the errors for everything else
import ast

ok = ["1", "-1", "+2", "1.5", "-1e300", "3j", "1+2j", "-1-2j", "'s'", "b'b'",
      "[1, 2]", "(1,)", "()", "{1: 'a', 'b': [2]}", "{1, 2}", "set()",
      "None", "True", "False", "...", "  42", "\t7", "123456789012345678901234567890",
      "[[[[]]]]", "{'k': (1, {2: 3})}", "0x1f", "1_000"]
for s in ok:
    v = ast.literal_eval(s)
    print(repr(s), "->", repr(v), type(v).__name__)

bad = ["x", "1 + x", "f()", "[1, y]", "{**d}", "a.b", "1 if 2 else 3",
       "'a' + 'b'", "2 ** 3", "-'s'", "1 + 1", "{[]: 1}", "lambda: 0",
       "set([1])", "1; 2", "(", "import os"]
for s in bad:
    try:
        print(repr(s), ast.literal_eval(s))
    except Exception as e:
        print(repr(s), type(e).__name__, str(e).split(" at 0x")[0])

node = ast.parse("[1, 2, {3: 4}]", mode="eval")
print(ast.literal_eval(node))
print(ast.literal_eval(node.body))
print(ast.literal_eval(ast.Constant(9)))
