def f(a: int, *args, **kw) -> int:
return 1
