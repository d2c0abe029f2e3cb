x = foo(bar(1) baz(2))
