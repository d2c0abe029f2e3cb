# __call__ that calls self().
class C:
    def __call__(self):
        return self()
C()()
