y = foo(
    a b
