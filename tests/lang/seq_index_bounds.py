import array
class I:
    def __index__(self): return 1
for s in ([1,2,3,2], (1,2,3,2), array.array('i',[1,2,3,2])):
    print(s.index(2, 2), s.index(2, -2), s.index(2, I()), s.index(1, -10**30, 10**30))
    for a in ((2, None), (2, 'x'), (2, 1.5), (2, 0, None), (5, 0, 10**100)):
        try: print(s.index(*a))
        except Exception as e: print(type(e).__name__, e)
