def f(é, ñ=1):
    λ = é
    return lambda: λ + ñ
