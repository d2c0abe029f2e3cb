with (open(f) as g,
      open(h) as i):
pass
