y = [x if x > 0
     for x in z]
