# Every augmented assignment operator, on names, attributes and subscripts.
x += 1
x -= 1
x *= 2
x @= m
x /= 2
x //= 2
x %= 3
x **= 2
x >>= 1
x <<= 1
x &= 7
x ^= 5
x |= 8
obj.field += 1
obj[i] -= 1
obj[i:j] *= 2
