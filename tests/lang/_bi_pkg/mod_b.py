B = 'b'
rel = __import__('mod_a', globals(), None, ['A'], 1)
REL_A = rel.A
