class A:
    def f(self):
        for i in x:
            if i:
                while y:
                    z = = 1
