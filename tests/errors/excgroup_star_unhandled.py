def process(items):
    errors = []
    for item in items:
        try:
            if item < 0:
                raise ValueError(f"negative: {item}")
            if item == 0:
                raise ZeroDivisionError("zero")
        except Exception as e:
            e.add_note(f"item {item}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("processing failed", errors)

try:
    process([1, -2, 0, -5])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")
