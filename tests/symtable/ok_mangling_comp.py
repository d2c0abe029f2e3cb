class C:
    def f(self):
        return [__x for __x in self.__y]
