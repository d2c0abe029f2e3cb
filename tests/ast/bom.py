# A UTF-8 BOM at the start of the file.
x = "é"
y = x
