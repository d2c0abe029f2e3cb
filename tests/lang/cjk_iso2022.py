# ISO-2022 and HZ specifics: the escape sequences recognised (and refused),
# shifts, line ends, SS2 in ISO-2022-JP-2, escapes passed through, the
# designations the encoders choose.
import codecs

DECODE = [
    ("iso2022_jp", [b"\x1b$B$\"\x1b(B", b"\x1b$@$\"\x1b(J\\~\x1b(B\\~", b"\x1b(I1", b"\x1b$(D+1",
                    b"\x1b&@\x1b$B$\"", b"\x1b&@\x1b$A$\"", b"\x1b$B$\"\n$\"", b"\x1b$B$",
                    b"\x1b$B\x1b", b"\x1bx1\x1bAb", b"\x1b(Z", b"\x1b$(Zab", b"\x0e\x0fab",
                    b"\x1b.A\x1bNa", b"\x1b$B\x7f\x7f", b"\x1b$B \x21", b"\x1b$)B"]),
    ("iso2022_jp_1", [b"\x1b$(D+1\x1b(B", b"\x1b$(D\x22\x2f"]),
    ("iso2022_jp_2", [b"\x1b.A\x1bNi\x1bNa", b"\x1b.F\x1bNa\x1bNA", b"\x1bNa", b"\x1b$(C0!",
                      b"\x1b$A0!", b"\x1b.A\x1bN\xe9", b"\x1b(A!", b"\x1b.Z"]),
    ("iso2022_jp_2004", [b"\x1b$(Q$w", b"\x1b$(P!!", b"\x1b$(O$w", b"\x1b$(Q.!"]),
    ("iso2022_jp_3", [b"\x1b$(O$w", b"\x1b$(Q$w", b"\x1b$(O.!"]),
    ("iso2022_jp_ext", [b"\x1b(I1\x1b(B", b"\x1b(I\x60", b"\x1b$(D+1"]),
    ("iso2022_kr", [b"\x1b$)C\x0e0!\x0f", b"\x0e0!", b"\x1b$)C0!\x0e0!\n0!", b"\x1b$(C0!",
                    b"\x1b$)C\x0e\x7f", b"\x1b$)A\x0e0!"]),
    ("hz", [b"~{R;~}", b"~~~\nx", b"~{~~", b"~}", b"~{R", b"~{R;", b"~{\x80", b"a~", b"~{~\n"]),
]
for name, samples in DECODE:
    for data in samples:
        try:
            print(name, data, ascii(data.decode(name)))
        except UnicodeDecodeError as e:
            print(name, data, "->", e)
            print("    ", ascii(data.decode(name, "replace")))

ENCODE = ["a\u00a5\u203eb", "\u30a2\uff71", "\u4e02\u4e00", "\u00e9\u0391\uac00\u4e2d",
          "\u304b\u309a\u304b", "\U00020089", "\uff3c\u2015", "\u00a6\u2116",
          "ab\n\u3042\n", "\u2460"]
for name in ("iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
             "iso2022_jp_ext", "iso2022_kr", "hz"):
    for text in ENCODE:
        print(name, ascii(text), text.encode(name, "replace"))
print("".encode("iso2022_jp"), codecs.lookup("iso2022_kr").encode(""))
