# __getattr__ that reads another missing attribute of self: endless loop through attribute lookup.
class G:
    def __getattr__(self, name):
        return self.other
G().x
