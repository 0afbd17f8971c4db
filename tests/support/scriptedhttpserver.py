#!/usr/bin/python3
"""A scripted HTTP/1.1 server on 127.0.0.1 for tests of REST API clients, standard library only.

Started by tests/support/scriptedhttpserver.cpp: `scriptedhttpserver.py --script FILE`. Prints
"PORT <n>" on stdout once listening, then serves until killed.

The script FILE is JSON and is read again on every request (the test rewrites it between steps;
write it atomically, e.g. write a temporary file and rename it):

  {"routes": [{"method": "GET", "path": "/notifications",
               "responses": [{"status": 200, "headers": {"Name": "value"}, "body": "text",
                              "body_bytes": N, "delay_ms": M}, ...]}, ...]}

Routes are tried in order; the first match answers.
  - "method" matches case-insensitively; "*" matches any method.
  - "path": if it contains '?', the full request target (path and query) must equal it;
    otherwise only the path part is compared (the query is ignored).
  - Each route has a hit counter kept here, keyed by the route's index and its JSON text (so a
    route that is rewritten with different content starts again at 0); hit n (from 0) gets
    responses[min(n, len - 1)].

A response:
  - "status": the status code (default 200).
  - "headers": sent as given (a list value sends the header once per item). Content-Length is
    set from the body unless given; Content-Type defaults to "application/json; charset=utf-8".
  - "body": a UTF-8 string (default empty). "body_bytes": N instead sends exactly N bytes,
    "[" + N-2 spaces + "]" (a huge but valid JSON array), streamed.
  - "{PORT}" in header values and in "body" is replaced by this server's port (for absolute
    URLs in Link headers, e.g. <http://127.0.0.1:{PORT}/notifications?page=2>; rel="next").
  - "delay_ms": sleep that long before answering.
  - Status 204, 205 and 304 (and 1xx) send no body; HEAD sends the headers only.
No route matches: 404 with {"message":"Not Found"}. A missing script file means no routes; a
script that is not valid JSON, or a matched route without responses, gets a 500.

Every request (any method) is read fully (Content-Length or chunked body) and logged on stderr,
before it is answered, as one flushed line "REQ " + JSON:
  {"t": <epoch ms (float) when the request line arrived>, "method": "GET",
   "path": <request target with query>, "headers": {<lower-case name>: value},
   "body": <request body decoded as UTF-8, invalid bytes replaced>}
Repeated request headers are joined with ", ".
"""
import argparse
import json
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCRIPT = None
PORT = 0
HITS = {}
HITS_LOCK = threading.Lock()
LOG_LOCK = threading.Lock()
NO_BODY = (204, 205, 304)
CHUNK = 64 * 1024


def load_routes():
    """The routes of the script file; [] when it does not exist. Raises ValueError when invalid."""
    try:
        with open(SCRIPT, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return []
    script = json.loads(data.decode("utf-8"))
    routes = script.get("routes", []) if isinstance(script, dict) else None
    if not isinstance(routes, list):
        raise ValueError('"routes" is not a list')
    return routes


def matches(route, method, target):
    want = str(route.get("method", "*"))
    if want != "*" and want.upper() != method.upper():
        return False
    path = str(route.get("path", ""))
    if "?" in path:
        return path == target
    return path == urllib.parse.urlsplit(target).path


def next_response(index, route):
    """The response for this hit of route @p index, and bumps its counter."""
    responses = route.get("responses") or []
    if not responses:
        return None
    key = (index, json.dumps(route, sort_keys=True))
    with HITS_LOCK:
        n = HITS.get(key, 0)
        HITS[key] = n + 1
    return responses[min(n, len(responses) - 1)]


def with_port(text):
    return str(text).replace("{PORT}", str(PORT))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def parse_request(self):
        # Called right after the request line was read (before the headers).
        self.arrived_ms = time.time() * 1000.0
        return super().parse_request()

    def read_body(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length", "0") or "0")
        return self.rfile.read(length) if length > 0 else b""

    def log_request_json(self, body):
        headers = {}
        for name, value in self.headers.items():
            name = name.lower()
            headers[name] = headers[name] + ", " + value if name in headers else value
        line = json.dumps({"t": self.arrived_ms, "method": self.command, "path": self.path,
                           "headers": headers, "body": body.decode("utf-8", errors="replace")})
        with LOG_LOCK:
            sys.stderr.write("REQ " + line + "\n")
            sys.stderr.flush()

    def handle_any(self):
        try:
            body = self.read_body()
            self.log_request_json(body)
            try:
                routes = load_routes()
            except ValueError as e:  # json.JSONDecodeError and UnicodeDecodeError included
                return self.answer({"status": 500, "body": json.dumps({"message": "bad script: %s" % e})})
            for index, route in enumerate(routes):
                if isinstance(route, dict) and matches(route, self.command, self.path):
                    response = next_response(index, route)
                    if response is None:
                        return self.answer({"status": 500, "body": '{"message":"route has no responses"}'})
                    return self.answer(response)
            return self.answer({"status": 404, "body": '{"message":"Not Found"}'})
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def answer(self, response):
        delay = response.get("delay_ms", 0)
        if delay:
            time.sleep(float(delay) / 1000.0)
        status = int(response.get("status", 200))
        has_body = status not in NO_BODY and status >= 200
        if "body_bytes" in response:
            size = int(response["body_bytes"])
            body = None
        else:
            body = with_port(response.get("body", "")).encode("utf-8")
            size = len(body)
        headers = []
        for name, value in (response.get("headers") or {}).items():
            for v in value if isinstance(value, list) else [value]:
                headers.append((str(name), with_port(v)))
        given = {name.lower() for name, _ in headers}

        self.send_response_only(status)
        if "server" not in given:
            self.send_header("Server", self.version_string())
        if "date" not in given:
            self.send_header("Date", self.date_time_string())
        if has_body and "content-type" not in given:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        if "content-length" not in given:
            if has_body:
                self.send_header("Content-Length", str(size))
            elif status == 205:
                self.send_header("Content-Length", "0")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if not has_body or self.command == "HEAD":
            return
        if body is not None:
            self.wfile.write(body)
            return
        if size < 2:
            self.wfile.write(b" " * size)
            return
        self.wfile.write(b"[")
        left = size - 2
        spaces = b" " * CHUNK
        while left > 0:
            n = min(left, CHUNK)
            self.wfile.write(spaces if n == CHUNK else spaces[:n])
            left -= n
        self.wfile.write(b"]")

    do_GET = do_HEAD = do_POST = do_PATCH = do_PUT = do_DELETE = do_OPTIONS = handle_any


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    global SCRIPT, PORT
    parser = argparse.ArgumentParser()
    parser.add_argument("--script", required=True)
    args = parser.parse_args()
    SCRIPT = args.script
    server = Server(("127.0.0.1", 0), Handler)
    PORT = server.server_address[1]
    print("PORT %d" % PORT, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
