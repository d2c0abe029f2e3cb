# __getattribute__ that uses self.attr internally recurses without end.
class G:
    def __getattribute__(self, name):
        return self.name
G().x
