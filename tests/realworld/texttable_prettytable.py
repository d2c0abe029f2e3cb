# requires: texttable prettytable
# texttable + prettytable: ASCII tables as reports print them.
from texttable import Texttable
from prettytable import PrettyTable, MARKDOWN, DOUBLE_BORDER, from_csv
import io

t = Texttable(max_width=60)
t.set_cols_align(["l", "r", "c"])
t.set_cols_dtype(["t", "f", "i"])
t.add_rows([["name", "score", "rank"], ["alice", 93.456, 1], ["bob with a long name that wraps", 7.1, 22], ["c", 1e6, 3]])
print(t.draw())
t2 = Texttable()
t2.set_deco(Texttable.HEADER)
t2.set_precision(1)
t2.add_rows([["x", "y"], [1.25, "a"], [2, "b"]])
print(t2.draw())
p = PrettyTable(["City", "Area", "Population", "Rain"])
p.add_row(["Adelaide", 1295, 1158259, 600.5])
p.add_row(["Brisbane", 5905, 1857594, 1146.4])
p.add_row(["Darwin", 112, 120900, 1714.7])
p.align["City"] = "l"
p.float_format = ".1"
p.sortby = "Population"
print(p)
print(p.get_string(fields=["City", "Rain"], start=0, end=2, reversesort=True))
p.set_style(MARKDOWN); print(p)
p.set_style(DOUBLE_BORDER); print(p)
print(p.get_html_string(attributes={"class": "t"}))
print(p.get_csv_string().replace("\r\n", "<CRLF>\n"))
print(p.get_json_string())
q = from_csv(io.StringIO("a,b\n1,2\n3,4\n"))
q.title = "csv"
print(q, q.rows, q.field_names)
