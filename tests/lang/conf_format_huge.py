import sys
for i, f in enumerate([lambda: format(2.34, '.{}f'.format(sys.maxsize + 1)), lambda: format(2.34, '{}f'.format(sys.maxsize + 1)),
          lambda: '{{{}:.6f}}'.format(sys.maxsize + 1).format(2.34), lambda: '{9223372036854775807}'.format(1),
          lambda: format(2.34, '.{}f'.format(2**31)), lambda: format('x', '{}'.format(sys.maxsize + 1))]):
    try: print(i, len(f()))
    except Exception as e: print(i, type(e).__name__, e)
