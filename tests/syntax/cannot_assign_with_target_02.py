with a as (b, 1), c as d:
    pass
