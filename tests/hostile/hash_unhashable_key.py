# A list as a dict key: TypeError unhashable type.
{[1, 2]: 3}
