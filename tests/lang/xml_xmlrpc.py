# xmlrpc.client marshalling, parsed back through pyexpat
import datetime
import xmlrpc.client as xc

params = (1, "two", 3.5, True, [1, 2, [3]], {"k": "v", "n": None and 0},
          xc.DateTime(datetime.datetime(2020, 1, 2, 3, 4, 5)), xc.Binary(b"\x00bytes"))
req = xc.dumps(params, "demo.method")
print(req[:160])
back, method = xc.loads(req)
print(method, back[:6])
print(back[6], back[7].data)
back, _ = xc.loads(req, use_datetime=True, use_builtin_types=True)
print(back[6], back[7])

resp = xc.dumps(({"status": "ok", "items": [1, 2, 3]},), methodresponse=True)
print(xc.loads(resp))
print(xc.dumps((None,), allow_none=True, methodresponse=True)[-60:])

fault = xc.dumps(xc.Fault(42, "went <wrong>"), methodresponse=True)
try:
    xc.loads(fault)
except xc.Fault as f:
    print("Fault", f.faultCode, f.faultString)

for bad in ("<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>",
            "<methodResponse><params>", "garbage"):
    try:
        print(xc.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)

try:
    xc.dumps((2 ** 40,))
except OverflowError as e:
    print("OverflowError", e)
p, u = xc.getparser()
p.feed("<params><param><value><string>streamed</string></value></param></params>")
p.close()
print(u.close())
