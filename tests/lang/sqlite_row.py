# sqlite3.Row: access by index and case-insensitive name, equality, hashing
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
cur = con.execute("select 1 as a, 'two' as B, null as c, 4 as ä")
row = cur.fetchone()
print(type(row).__name__, sqlite3.Row.__module__, isinstance(row, sqlite3.Row))
print(row[0], row[1], row[-1], row["A"], row["b"], row["c"], row["ä"], row[1:3], row[::-1])
print(row.keys(), len(row), list(row), tuple(row))
for key in ("zz", "Ä", 4, -5, 1.5, None, b"a"):
    try:
        print(row[key])
    except Exception as e:
        print(type(e).__name__, e)
row2 = con.execute("select 1 as a, 'two' as B, null as c, 4 as ä").fetchone()
row3 = con.execute("select 1 as x, 'two' as B, null as c, 4 as ä").fetchone()
print(row == row2, row != row2, row == row3, row != row3, hash(row) == hash(row2))
print(row == (1, "two", None, 4), row != (1,))
try:
    row < row2
except Exception as e:
    print(type(e).__name__)
print({row: 1}[row2])

# made by hand
cur2 = con.cursor()
cur2.execute("select 1 as p, 2 as q")
r = sqlite3.Row(cur2, (1, 2))
print(r.keys(), tuple(r), r[1])
for args in ((1, (1,)), (cur2, [1])):
    try:
        sqlite3.Row(*args)
    except Exception as e:
        print(type(e).__name__, e)

# a custom row factory
def dict_factory(cursor, row):
    return {d[0]: v for d, v in zip(cursor.description, row)}

con.row_factory = dict_factory
print(con.execute("select 1 as one, 2 as two").fetchone())
cur3 = con.cursor()
cur3.row_factory = lambda c, r: r[0]
print(cur3.execute("select 5").fetchall())
con.row_factory = None
print(con.execute("select 6").fetchone())

# a subclass
class MyRow(sqlite3.Row):
    def total(self):
        return sum(self)

con.row_factory = MyRow
print(con.execute("select 1 as a, 2 as b").fetchone().total())
