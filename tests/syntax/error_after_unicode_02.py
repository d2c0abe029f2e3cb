# ✓ comment
µ = 1 +
