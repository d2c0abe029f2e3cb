import sys
def set_relative_recursion_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth+n)
    return depth

def recurse_in_except():
    try:
        1/0
    except:
        recurse_in_except()

def recurse_after_except():
    try:
        1/0
    except:
        pass
    recurse_after_except()

def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except:
        recurse_in_body_and_except()

old = sys.getrecursionlimit()
try:
    d = set_relative_recursion_limit(10)
    for func in (recurse_in_except, recurse_after_except, recurse_in_body_and_except):
        try:
            func()
        except RecursionError:
            print("RecursionError", func.__name__)
finally:
    sys.setrecursionlimit(old)
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(type(e).__name__, str(e)[:45])
        return
    deep(n - 1)
deep(20)
print(sys.getrecursionlimit() == old)
