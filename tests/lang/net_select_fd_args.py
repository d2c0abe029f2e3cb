import select
for a in [2**40, -1, 'x', 1.5, -2**70]:
    try: select.select([a], [], [], 0)
    except Exception as e: print(type(e).__name__, e)
    p = select.poll()
    try: p.register(a)
    except Exception as e: print(type(e).__name__, e)
