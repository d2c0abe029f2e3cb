# requires: pyparsing
# pyparsing: an arithmetic evaluator, a config grammar, parse actions, errors.
import pyparsing as pp

# arithmetic with infix_notation
integer = pp.pyparsing_common.number
ident = pp.Word(pp.alphas, pp.alphanums + "_")
operand = integer | ident
expr = pp.infix_notation(operand, [
    (pp.one_of("- +"), 1, pp.OpAssoc.RIGHT),
    ("^", 2, pp.OpAssoc.RIGHT),
    (pp.one_of("* /"), 2, pp.OpAssoc.LEFT),
    (pp.one_of("+ -"), 2, pp.OpAssoc.LEFT),
])
for s in ["1 + 2 * 3", "(1 + 2) * 3", "-x ^ 2 ^ 3", "a * (b - 4) / 2.5"]:
    print(s, "=>", expr.parse_string(s, parse_all=True).as_list())


def evaluate(t, env):
    if isinstance(t, (int, float)):
        return t
    if isinstance(t, str):
        return env[t]
    if len(t) == 2:
        return -evaluate(t[1], env) if t[0] == "-" else evaluate(t[1], env)
    acc = evaluate(t[0], env)
    for op, rhs in zip(t[1::2], t[2::2]):
        v = evaluate(rhs, env)
        acc = {"+": acc + v, "-": acc - v, "*": acc * v, "/": acc / v, "^": acc ** v}[op]
    return acc


print(evaluate(expr.parse_string("a * (b - 4) / 2 + 1")[0], {"a": 3, "b": 10}))

# key = value config with sections, comments, named results
LBRACK, RBRACK, EQ = map(pp.Suppress, "[]=")
key = pp.Word(pp.alphanums + "_.")
value = pp.QuotedString('"') | pp.rest_of_line.set_parse_action(lambda t: t[0].strip())
entry = pp.Group(key("key") + EQ + value("value"))
section = pp.Group(LBRACK + key("name") + RBRACK + pp.Group(pp.ZeroOrMore(entry))("entries"))
config = pp.ZeroOrMore(section)
config.ignore(pp.python_style_comment)
text = """
# comment
[server]
host = example.com
port = 8080
[client]
name = "quoted # not comment"
retries = 3   
"""
for sec in config.parse_string(text, parse_all=True):
    print(sec.name, {e.key: e.value for e in sec.entries})

# parse actions, scan_string, transform_string, dict results
num = pp.Word(pp.nums).set_parse_action(lambda t: int(t[0]))
print(sum(t[0] for t, s, e in num.scan_string("a1 b22 c333")))
print(pp.Word(pp.alphas).set_parse_action(lambda t: t[0].upper()).transform_string("abc 123 def"))
kv = pp.dict_of(pp.Word(pp.alphas), pp.Suppress(":") + pp.Word(pp.nums))
r = kv.parse_string("a: 1 b: 2")
print(r.as_dict(), r["b"], r.dump())
csv_line = pp.DelimitedList(pp.QuotedString('"') | pp.Word(pp.alphanums)) if hasattr(pp, "DelimitedList") else pp.delimited_list(pp.QuotedString('"') | pp.Word(pp.alphanums))
print(csv_line.parse_string('a, "b c", d').as_list())
print(pp.nested_expr().parse_string("(a (b c) (d (e)))").as_list())
# errors
for bad in ["1 + ", "(1 + 2", "1 ** 2"]:
    try:
        expr.parse_string(bad, parse_all=True)
    except pp.ParseException as e:
        print("ParseException:", e.msg, e.loc, e.line, e.col)
print(pp.pyparsing_common.iso8601_date.parse_string("2024-02-29").as_dict())
print(pp.pyparsing_common.ipv4_address.parse_string("192.168.0.1")[0])
