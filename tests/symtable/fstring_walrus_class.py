class C:
    x = [f'{(y := 1)}' for _ in z]
