def single(src):
    try:
        exec(compile(src, "<s>", "single"), {})
    except SyntaxError as e:
        print('SyntaxError', e.msg)
single("if True:\n    7\n")
single("if True:\n    7")
single("for i in range(2):\n    i\n")
single("while False:\n    pass\nelse:\n    'else'\n")
single("x = 1; x")
single("1\n2\n")
single("def f():\n    return 3\n")
single("class C:\n    'doc'\n")
single("try:\n    1/0\nexcept ZeroDivisionError:\n    'caught'\n")
single("\n")
single("# comment only\n")
single("(1,\n 2)")
