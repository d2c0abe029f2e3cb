# except with a non-exception class: TypeError when the clause is checked.
try:
    1 / 0
except int:
    pass
