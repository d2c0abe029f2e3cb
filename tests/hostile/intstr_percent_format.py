# %-formatting of a big int hits the limit.
"%d" % (10 ** 5000)
