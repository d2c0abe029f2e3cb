# A bare raise with no active exception: RuntimeError.
raise
