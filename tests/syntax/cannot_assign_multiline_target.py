[a,
 b,
 f()] = x
