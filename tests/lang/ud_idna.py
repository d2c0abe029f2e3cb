# What uses unicodedata in the library: stringprep (3.2.0 tables), the
# idna codec, and re's \N{...}.
import unicodedata
import stringprep
import re

print(stringprep.in_table_a1("\u0221"), stringprep.in_table_a1("a"))
print(stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00c5"),
      stringprep.map_table_b3("\u1e9e"))
print(stringprep.in_table_c12("\u00a0"), stringprep.in_table_c22("\u200e"))
print(stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"))
print([stringprep.in_table_c21_c22(c) for c in "\x00\x7f\u200e\U0001d173a"])
import encodings.idna as idna
print(idna.nameprep("B\u00dccher"))
print("b\u00fccher.example".encode("idna"))
print(b"xn--bcher-kva.example".decode("idna"))
print("\u30c6\u30b9\u30c8.jp".encode("idna"))
try:
    idna.ToASCII("a\u0627b")
except UnicodeError as e:
    print(type(e).__name__, e)
print(re.findall(r"\N{LATIN SMALL LETTER A}+", "aaab"))
print(re.match(r"[\N{DIGIT ZERO}-\N{DIGIT NINE}]+", "123x").group())
try:
    re.compile(r"\N{NO SUCH NAME}")
except re.error as e:
    print("re.error", e)
