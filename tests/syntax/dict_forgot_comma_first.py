d = {b x}
