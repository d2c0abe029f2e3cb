# A repeat count that does not fit in a machine word: OverflowError.
[0] * 2**100
