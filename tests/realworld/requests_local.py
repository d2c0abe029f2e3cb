# requires: requests urllib3
# requests against a local http.server in a thread: GET, POST, JSON,
# headers, redirects, errors, sessions, streaming.
import http.server
import json
import threading

import requests


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, code, body, ctype="application/json", extra=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/json"):
            self._send(200, json.dumps({"path": self.path, "ua": self.headers["User-Agent"][:8],
                                        "x": self.headers.get("X-Test")}))
        elif self.path == "/redirect":
            self._send(302, "", extra=[("Location", "/json?from=redirect")])
        elif self.path == "/missing":
            self._send(404, "not here", "text/plain")
        elif self.path == "/cookie":
            self._send(200, "set", "text/plain", [("Set-Cookie", "k=v; Path=/")])
        elif self.path == "/echo-cookie":
            self._send(200, self.headers.get("Cookie") or "none", "text/plain")
        else:
            self._send(200, "line1\nline2\nline3\n", "text/plain; charset=utf-8")

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(n).decode()
        self._send(201, json.dumps({"ctype": self.headers["Content-Type"].split(";")[0], "body": body}))


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

r = requests.get(base + "/json", params={"q": "a b", "n": 1}, headers={"X-Test": "yes"}, timeout=10)
print(r.status_code, r.ok, r.headers["Content-Type"], r.json(), r.encoding)
r = requests.get(base + "/redirect", timeout=10)
print(r.status_code, r.url.replace(base, "BASE"), [h.status_code for h in r.history], r.json()["path"])
r = requests.get(base + "/redirect", allow_redirects=False, timeout=10)
print(r.status_code, r.is_redirect, r.headers["Location"])
r = requests.get(base + "/missing", timeout=10)
print(r.status_code, r.reason, r.text)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError", str(e).replace(base, "BASE"))
r = requests.post(base + "/post", json={"a": [1, 2]}, timeout=10)
print(r.status_code, r.json())
r = requests.post(base + "/post", data={"f": "v w", "g": "1"}, timeout=10)
print(r.json())
with requests.Session() as s:
    s.headers["X-Test"] = "session"
    s.get(base + "/cookie", timeout=10)
    print(dict(s.cookies), s.get(base + "/echo-cookie", timeout=10).text, s.get(base + "/json", timeout=10).json()["x"])
r = requests.get(base + "/text", stream=True, timeout=10)
print(list(r.iter_lines()), r.apparent_encoding is not None)
try:
    requests.get("http://127.0.0.1:1/", timeout=5)
except requests.ConnectionError as e:
    print("ConnectionError", type(e).__name__)
try:
    requests.get("not a url")
except requests.exceptions.MissingSchema as e:
    print("MissingSchema", e)
req = requests.Request("GET", base + "/x", params={"a": "1"}).prepare()
print(req.method, req.url.replace(base, "BASE"), requests.utils.quote("a b/c"), requests.codes.teapot)
server.shutdown()
