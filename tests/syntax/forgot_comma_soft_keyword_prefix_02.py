x = [ca 1]
