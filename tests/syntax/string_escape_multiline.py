x = """line1
line2 \x1"""
