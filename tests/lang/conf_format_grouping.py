for spec in [',_', '_,', ',,', '__', ',d', '_x', ',x', ',s', '_b', ',f', '_', ',', ',.2f', '_o', ',%', '_c', ',n']:
    for v in (1234567, 1234.5, "abc"):
        try: print(spec, repr(format(v, spec)))
        except ValueError as e: print(spec, type(v).__name__, "ValueError", e)
x = 10**6
print(f"{x:,}", f"{x:_}", f"{x:_x}", f"{3.5:,.1f}")
for s in ["f'{x:,,}'", "f'{x:,_}'", "f'{x:_,}'", "f'{x:__}'"]:
    try: print(eval(s))
    except ValueError as e: print(s, e)
