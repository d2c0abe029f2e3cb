# requires: sqlparse
# sqlparse: formatting, splitting, parsing to tokens.
import sqlparse
from sqlparse import tokens as T

sql = "select a.id, b.name as n, count(*) from users a join orders b on a.id=b.uid where a.age>30 and b.total between 10 and 20 group by a.id having count(*)>1 order by n desc limit 5; insert into t(x,y) values (1,'it''s'),(2,NULL); update t set x=x+1 where y is not null"
print(sqlparse.format(sql, reindent=True, keyword_case="upper", identifier_case="lower"))
print(sqlparse.format(sql, strip_comments=True, reindent_aligned=True))
print(sqlparse.format("select * from x -- comment\n/* block */ where y=1", strip_comments=True))
for stmt in sqlparse.split(sql):
    print(repr(stmt))
p = sqlparse.parse("SELECT a, b FROM t WHERE x = 1")[0]
print(p.get_type(), [str(t) for t in p.tokens])
print([(str(t.ttype), t.value) for t in p.flatten() if not t.is_whitespace])
where = [t for t in p.tokens if isinstance(t, sqlparse.sql.Where)][0]
print(type(where).__name__, str(where))
idl = [t for t in p.tokens if isinstance(t, sqlparse.sql.IdentifierList)][0]
print([i.get_name() for i in idl.get_identifiers()])
print(sqlparse.parse("create table x (id int primary key)")[0].get_type())
print(sqlparse.format("SELECT 1", output_format="python"))
print(sqlparse.format("select 'a',\"b\" from x", keyword_case="capitalize", indent_width=4, reindent=True))
print(T.Keyword.DML in T.Keyword, sqlparse.keywords.KEYWORDS.get("SELECT"))
