#!/usr/bin/env python3
"""Another origin on the same port (127.0.0.2:PORT): logs every request it gets, headers and body,
to LOG and answers 200 with an empty list. The fault matrix checks that nothing secret reached it.
Usage: foreign_listener.py PORT LOG"""
import http.server
import sys

port, log_path = int(sys.argv[1]), sys.argv[2]


class Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(f"{self.command} {self.path}\n{self.headers}{body.decode('utf-8', 'replace')}\n--\n")
        payload = b'{"Records":[]}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.2", port), Handler)
print("listening", flush=True)
server.serve_forever()
