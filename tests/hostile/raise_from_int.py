# raise ... from 1: TypeError exception causes must derive from BaseException.
raise ValueError("x") from 1
