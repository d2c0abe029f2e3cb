class C:
    global q
    q = 1
    def m(self):
        return q
