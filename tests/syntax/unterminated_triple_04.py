x = f"""{a}
{b}
