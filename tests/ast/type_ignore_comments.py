# Type comments are plain comments unless type_comments=True.
x = 1  # type: int
def f(a):  # type: (int) -> int
    return a  # type: ignore
import os  # type: ignore[import]
