#!/usr/bin/python3
"""A real HTTP/1.1 server on 127.0.0.1 for the feed tests (issue 11), standard library only.

Started by tests/support/httpserver.cpp: `httpserver.py --root DIR [--gzip]`. Prints
"PORT <n>" on stdout once listening, then serves until killed. Every request is logged to
stderr as one line: "REQ <method> <path> inm=<If-None-Match> ims=<If-Modified-Since> ae=<Accept-Encoding>".

Files under --root are served with a strong ETag (SHA-1 of the bytes) and Last-Modified (the
file's mtime); If-None-Match / If-Modified-Since get 304 (RFC 9110 §13). A sidecar file
"<name>.headers" adds or replaces response headers ("Name: value" per line; "Status: 429"
sets the status and sends the body as it is). With --gzip, bodies are gzipped when the client
accepts it. Content-Type defaults from the extension (.xml: application/xml, .json:
application/feed+json, .html: text/html, .opml: text/x-opml).

Hostile routes (each for one refusal test):
  /_status/<code>?retry_after=<s>   that status (e.g. 429, 503), optional Retry-After
  /_redirect/<code>/<path>          redirect with <code> (301, 302, 307, 308) to /<path>
  /_loop/<name>                     302 to /_loop/<name>x, forever (a redirect loop)
  /_cycle/a, /_cycle/b              302 to each other
  /_endless                         200, no length, feed items as fast as possible, forever
  /_trickle                         200, no length, one byte every 0.5 s, forever
  /_silent                          reads the request, never answers
  /_huge?mb=<n>                     200, Content-Length n MB of well-formed RSS items
  /_sleep?ms=<n>                    200 after n ms; the body is the number of /_sleep requests
                                    in progress when this one arrived (itself included), so a
                                    client can check its concurrency limit
"""
import argparse
import email.utils
import gzip
import hashlib
import os
import socketserver
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = None
GZIP = False
SLEEPING = 0
SLEEP_LOCK = threading.Lock()
TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".json": "application/feed+json", ".html": "text/html; charset=utf-8", ".htm": "text/html",
         ".opml": "text/x-opml", ".txt": "text/plain"}
ITEM = (b"<item><title>Endless entry</title><link>http://127.0.0.1/e</link>"
        b"<description>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</description></item>\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def log_request_line(self):
        h = self.headers
        sys.stderr.write("REQ %s %s inm=%s ims=%s ae=%s\n" % (
            self.command, self.path, h.get("If-None-Match", ""), h.get("If-Modified-Since", ""),
            h.get("Accept-Encoding", "")))
        sys.stderr.flush()

    def send_body(self, status, body, headers=None, head_only=False):
        headers = dict(headers or {})
        if GZIP and body and "gzip" in self.headers.get("Accept-Encoding", "") and status == 200:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET(head_only=True)

    def do_GET(self, head_only=False):
        self.log_request_line()
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        query = urllib.parse.parse_qs(url.query)
        parts = path.strip("/").split("/")
        try:
            if parts[0] == "_status":
                code = int(parts[1])
                headers = {"Content-Type": "text/plain"}
                if "retry_after" in query:
                    headers["Retry-After"] = query["retry_after"][0]
                return self.send_body(code, b"status %d\n" % code, headers, head_only)
            if parts[0] == "_redirect":
                code = int(parts[1])
                target = "/" + "/".join(parts[2:])
                return self.send_body(code, b"", {"Location": target}, head_only)
            if parts[0] == "_loop":
                return self.send_body(302, b"", {"Location": "/_loop/" + parts[1] + "x"}, head_only)
            if parts[0] == "_cycle":
                other = "b" if parts[1] == "a" else "a"
                return self.send_body(302, b"", {"Location": "/_cycle/" + other}, head_only)
            if parts[0] in ("_endless", "_trickle"):
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                self.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Endless</title>\n")
                while True:
                    if parts[0] == "_endless":
                        self.wfile.write(ITEM * 64)
                    else:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.5)
            if parts[0] == "_sleep":
                global SLEEPING
                with SLEEP_LOCK:
                    SLEEPING += 1
                    inflight = SLEEPING
                try:
                    time.sleep(int(query.get("ms", ["100"])[0]) / 1000.0)
                finally:
                    with SLEEP_LOCK:
                        SLEEPING -= 1
                return self.send_body(200, b"%d" % inflight, {"Content-Type": "text/plain"}, head_only)
            if parts[0] == "_silent":
                while True:
                    time.sleep(1)
            if parts[0] == "_huge":
                mb = int(query.get("mb", ["100"])[0])
                head = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Huge</title>\n"
                tail = b"</channel></rss>\n"
                total = mb * 1024 * 1024
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(total))
                self.end_headers()
                self.wfile.write(head)
                left = total - len(head) - len(tail)
                chunk = ITEM * 512
                while left > 0:
                    n = min(left, len(chunk))
                    if n < len(chunk):
                        self.wfile.write(b" " * n)
                    else:
                        self.wfile.write(chunk)
                    left -= n
                self.wfile.write(tail)
                return
            return self.serve_file(path, head_only)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def serve_file(self, path, head_only):
        full = os.path.realpath(os.path.join(ROOT, path.lstrip("/")))
        if not full.startswith(os.path.realpath(ROOT) + os.sep) or not os.path.isfile(full):
            return self.send_body(404, b"not found\n", {"Content-Type": "text/plain"}, head_only)
        with open(full, "rb") as f:
            body = f.read()
        status = 200
        headers = {"Content-Type": TYPES.get(os.path.splitext(full)[1], "application/octet-stream")}
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        mtime = int(os.path.getmtime(full))
        headers["ETag"] = etag
        headers["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
        sidecar = full + ".headers"
        if os.path.isfile(sidecar):
            with open(sidecar, encoding="utf-8") as f:
                for line in f:
                    if ":" not in line:
                        continue
                    name, value = line.split(":", 1)
                    name, value = name.strip(), value.strip()
                    if name.lower() == "status":
                        status = int(value)
                    elif value == "":
                        headers.pop(name, None)
                    else:
                        headers[name] = value
        if status == 200:
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            not_modified = False
            if inm is not None and "ETag" in headers:
                not_modified = headers["ETag"] in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
            elif ims is not None and "Last-Modified" in headers:
                try:
                    not_modified = email.utils.parsedate_to_datetime(ims).timestamp() >= mtime
                except (TypeError, ValueError):
                    not_modified = False
            if not_modified:
                keep = {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified", "Cache-Control")}
                self.send_response(304)
                for k, v in keep.items():
                    self.send_header(k, v)
                self.end_headers()
                return
        self.send_body(status, body, headers, head_only)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    global ROOT, GZIP
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--gzip", action="store_true")
    args = parser.parse_args()
    ROOT = args.root
    GZIP = args.gzip
    server = Server(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
