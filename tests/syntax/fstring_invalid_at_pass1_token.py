f"{** not}"
