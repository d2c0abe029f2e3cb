# elif chains produce nested If nodes; positions follow 3.11's rules.
if a:
    pass
elif b:
    pass
elif c:
    x = 1
    y = 2
else:
    pass
    # comment at end


if a:
    pass
elif b:
    if c:
        pass
    elif d:
        pass
    else:
        pass
