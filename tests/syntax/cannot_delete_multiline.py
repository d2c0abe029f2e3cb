del (a,
     b,
     c())
