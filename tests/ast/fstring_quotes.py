# f-strings whose fields contain strings in the other quote kinds.
f"{'single'}"
f'{"double"}'
f"""{'a' + "b"}"""
f'''{"""triple"""}'''
f"{d['key']}"
f"{x!r}" 'tail'
f"{'a' 'b'}"
f"{b'bytes'}"
