# __setattr__ that assigns on self recurses without end.
class S:
    def __setattr__(self, name, value):
        self.name = value
S().x = 1
