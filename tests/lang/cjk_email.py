# What the CJK codecs are mostly for: mail and web text in legacy charsets
# (email headers and bodies in ISO-2022-JP, Shift_JIS, EUC-KR, GB2312, Big5).
import email
import email.header
import email.policy
from email.mime.text import MIMEText

for charset, text in [("iso-2022-jp", "こんにちは、世界"), ("shift_jis", "日本語の件名"),
                      ("euc-kr", "안녕하세요"), ("gb2312", "你好，世界"), ("big5", "繁體中文")]:
    h = email.header.Header(text, charset)
    enc = h.encode()
    print(charset, enc)
    print("  ", email.header.decode_header(enc),
          str(email.header.make_header(email.header.decode_header(enc))) == text)
    msg = MIMEText(text + "\n本文\n", "plain", charset)
    msg["Subject"] = email.header.Header(text, charset)
    raw = msg.as_bytes()
    back = email.message_from_bytes(raw, policy=email.policy.default)
    print("  ", back["Subject"] == text, back.get_content_charset(),
          back.get_content() == text + "\n本文\n")

raw = (b"Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\n"
       b"Content-Type: text/plain; charset=ISO-2022-JP\n\n"
       b"\x1b$B$3$s$K$A$O\x1b(B\n")
m = email.message_from_bytes(raw, policy=email.policy.default)
print(ascii(m["subject"]), ascii(m.get_content()))
print(ascii("<p>日本</p>".encode("cp932").decode("shift_jis")))
import html
print(ascii(html.unescape("&#26085;").encode("euc_jp")))
