class C:
    def m(self):
        def inner():
            return super
        return lambda: super()
