# 20 nested list comprehensions.
x = [[[[[[[[[[[[[[[[[[[[1 for _0 in range(1)] for _1 in range(1)] for _2 in range(1)] for _3 in range(1)] for _4 in range(1)] for _5 in range(1)] for _6 in range(1)] for _7 in range(1)] for _8 in range(1)] for _9 in range(1)] for _10 in range(1)] for _11 in range(1)] for _12 in range(1)] for _13 in range(1)] for _14 in range(1)] for _15 in range(1)] for _16 in range(1)] for _17 in range(1)] for _18 in range(1)] for _19 in range(1)]
raise ValueError(repr(x))
