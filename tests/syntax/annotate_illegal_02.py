a + b: int = 3
