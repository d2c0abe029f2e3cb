[f'{x!r} {(i := 1)}' for i in y]
