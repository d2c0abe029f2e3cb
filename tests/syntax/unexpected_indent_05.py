class C:
    def f(self):
        pass
          # comment is fine
          return 1
