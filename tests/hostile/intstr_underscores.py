# Underscores do not count as digits, but 4301 real digits still fail.
int("1_" * 4300 + "1")
