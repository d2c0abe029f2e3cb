# Carets for a subscript (~ under the value, ^ under [key]) and a NameError.
data = {"a": [1, 2]}
def get(k):
    return data["a"][1] + data[k]
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
get("b")
