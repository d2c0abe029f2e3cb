#!/usr/bin/env python3
"""Write the tests/syntax/ programs that must hold exact bytes.

Most of the syntax-error corpus is plain UTF-8 text with LF line ends and
lives in git as ordinary files.  The programs below exercise the byte level
of the front end: NUL bytes, invalid UTF-8, PEP 263 coding cookies and byte
order marks, CRLF and lone-CR line ends.  Editors, patch tools and git's
line-end conversion can silently rewrite such files, so they are generated
from the byte strings here and can be rewritten at any time with

    /usr/bin/python3.11 tools/gen_syntax_binary.py [DIR]

(DIR defaults to tests/syntax next to this script's parent).  Each entry is
one error; the expected output still comes from python3.11 itself, via
tools/regen_expected.py, like every other test in the folder.
"""
import os
import sys

CASES = {
    # --- NUL bytes.  python3.11 reading a *file* does not report "source
    # code cannot contain null bytes" (that is compile() of a string): its
    # line reader stops each line at the first NUL and drops the rest of that
    # line, so these fail on the truncated text.  A file whose truncated
    # text still parses runs without error, and is no test here.
    "null_bytes_01": b"x = (1,\x00 2)\n",
    "null_bytes_02": b"# comment\nx = 'a\x00b'\n",
    "null_bytes_03": b"x = 1 +\x00 2\n",
    "null_bytes_04": b"def f(\x00):\n    pass\n",
    # --- bytes that are not UTF-8, no cookie: "Non-UTF-8 code starting with ..."
    "non_utf8_01": b"x = '\xff'\n",
    "non_utf8_02": b"# ok\n# caf\xe9 in latin-1\nx = 1\n",
    "non_utf8_03": b"s = '\xe4\xb8'\n",
    "non_utf8_04": b"x = 1\ny = 2\nname = 'Jos\xe9'\n",
    "non_utf8_05": b"\xef\xbb\xbfx = '\xc3\x28'\n",
    # --- PEP 263 coding cookies
    "encoding_cookie_unknown_01": b"# -*- coding: utf-42 -*-\nx = 1\n",
    "encoding_cookie_unknown_02": b"#!/usr/bin/env python3\n# coding: nonexistent\nx = 1\n",
    "encoding_cookie_bom_mismatch": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "encoding_cookie_utf8_invalid": b"# coding: utf-8\nx = '\xff'\n",
    "encoding_cookie_latin1_columns": b"# coding: latin-1\ns = '\xe9\xe9\xe9'; x = = 1\n",
    "encoding_cookie_cp1252_error": b"# -*- coding: cp1252 -*-\nx = '\x80\x93' +\n",
    "encoding_cookie_latin1_unterminated": b"# vim: set fileencoding=latin-1 :\nx = '\xe0 bient\xf4t\n",
    "encoding_bom_error": b"\xef\xbb\xbfx = = 1\n",
    "encoding_bom_unclosed": b"\xef\xbb\xbfprint('\xc3\xa9',\n",
    # --- CRLF and CR line ends
    "crlf_expected_colon": b"x = 1\r\nif x\r\n    pass\r\n",
    "crlf_unterminated_string": b"x = 1\r\ny = 'abc\r\n",
    "crlf_unclosed_paren": b"x = (1,\r\n     2\r\n",
    "crlf_unexpected_indent": b"x = 1\r\n    y = 2\r\n",
    "crlf_unindent_mismatch": b"if x:\r\n        a = 1\r\n    b = 2\r\n",
    "crlf_invalid_syntax_nonl": b"x = 1\r\ny = = 2",
    "crlf_triple_quoted": b"s = '''a\r\nb\r\n",
    "crlf_continuation_eof": b"x = 1 + \\\r\n",
    "crlf_forgot_comma": b"x = [1,\r\n     2\r\n     3]\r\n",
    "cr_newline_01": b"x = 1\ry = = 2\r",
    "cr_newline_02": b"if x:\r    pass\r  pass\r",
    "cr_newline_03": b"class C(Base, m\retaclass=M):\npass\n",
    "mixed_newlines": b"x = 1\r\ny = 2\nz = = 3\r\n",
}


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "tests", "syntax")
    os.makedirs(out, exist_ok=True)
    for name, data in CASES.items():
        with open(os.path.join(out, name + ".py"), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(CASES), os.path.normpath(out)))


if __name__ == "__main__":
    main()
