# 4300 digits is allowed both ways; 4301 is not.
s = "9" * 4300
assert len(str(int(s))) == 4300
int("9" * 4301)
