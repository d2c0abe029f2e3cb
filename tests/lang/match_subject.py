# Subjects: tuples without parentheses, starred subjects, expressions.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")

rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")

match a + b:
    case 3:
        print("expression subject")

match [a, b][::-1]:
    case [2, 1]:
        print("sliced")

match (x := 10):
    case 10:
        print("walrus subject", x)

# a call as subject is evaluated once, even with many cases
count = 0
def subj():
    global count
    count += 1
    return {"k": count}
match subj():
    case {"k": 2}: print("no")
    case {"k": 3}: print("no")
    case {"k": n}: print("k", n, "calls", count)

# soft keywords remain usable as names
match = 1
case = 2
print(match, case)
match match:
    case 1:
        print("match as a name")
