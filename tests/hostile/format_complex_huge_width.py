# format() of a complex with a width no allocation can hold: MemoryError,
# not an abort (found by fuzz_numfmt)
for spec in ['8444444444444444', '>99999999999', '<+30000000000.3f']:
    try:
        format(1+2j, spec)
        print("formatted")
    except MemoryError:
        print("MemoryError")
    except ValueError as e:
        print("ValueError", e)
print(format(1+2j, '>20'), format(-1.5j, '^12.2f'))
