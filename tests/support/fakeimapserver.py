#!/usr/bin/python3
"""Scripted fake IMAP server on 127.0.0.1 for the hostile cases Dovecot cannot produce (issue 9).

Started by tests/support/fakeimapserver.cpp: `fakeimapserver.py --scenario NAME [options]`.
Prints "PORT <n>" on stdout once listening, then serves connections (one thread each) until
killed. Every command received is logged to stderr as "C<conn> <line>" (the test can show it).

Scenarios (see SCENARIOS below): normal, literal_huge, flood, drip, endless_greeting,
drip_greeting, markup, uidvalidity0,
stray_uids, no_condstore, modseq_backwards, silent_select, silent_greeting, tricky_text,
starttls_missing, starttls_refused,
starttls_inject, caps_before_tls.
Only the standard library; speaks just enough IMAP4rev1 (RFC 3501) + CONDSTORE (RFC 7162)
for libetpan's requests of Focus Inbox.
"""
import argparse
import re
import socket
import socketserver
import ssl
import sys
import threading
import time

ARGS = None
CONN_LOCK = threading.Lock()
CONN_COUNT = [0]


def message(uid, subject, extra=b""):
    head = (b"From: Sender %d <sender%d@example.org>\r\n" % (uid, uid)
            + b"To: alice@example.org\r\n"
            + b"Subject: " + subject.encode() + b"\r\n"
            + b"Date: Mon, 2 Jan 2023 10:00:00 +0000\r\n"
            + b"Message-ID: <msg-%d@fake.test>\r\n" % uid)
    return head + extra + b"\r\n" + b"Body of message %d.\r\n" % uid


class Msg:
    def __init__(self, uid, subject, flags=(), modseq=1):
        self.uid = uid
        self.raw = message(uid, subject)
        self.flags = set(flags)
        self.modseq = modseq

    def header(self):
        return self.raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"

    def text(self):
        return self.raw.split(b"\r\n\r\n", 1)[1]


class Mailbox:
    def __init__(self, msgs, uidvalidity=1234, modseq=100, condstore=True):
        self.msgs = msgs
        self.uidvalidity = uidvalidity
        self.modseq = modseq
        self.condstore = condstore

    def uidnext(self):
        return max([m.uid for m in self.msgs] + [0]) + 1


def parse_set(text, maxuid):
    uids = set()
    for part in text.split(b","):
        if b":" in part:
            a, b = part.split(b":")
            a = maxuid if a == b"*" else int(a)
            b = maxuid if b == b"*" else int(b)
            lo, hi = min(a, b), max(a, b)
            uids.update(range(lo, hi + 1))
        else:
            uids.add(maxuid if part == b"*" else int(part))
    return uids


class Session:
    """One connection. Scenario hooks are methods named on_<command> overridden below."""

    caps = b"IMAP4rev1 CONDSTORE IDLE"
    greeting = b"* OK fake IMAP server ready\r\n"

    def __init__(self, sock, conn_no):
        self.sock = sock
        self.conn_no = conn_no
        self.buf = b""
        self.mailbox = self.make_mailbox()

    # -- scenario data ---------------------------------------------------------------------
    def make_mailbox(self):
        return Mailbox([Msg(1, "first"), Msg(2, "second", ["\\Seen"]), Msg(3, "third")])

    # -- plumbing ----------------------------------------------------------------------------
    def send(self, data):
        self.sock.sendall(data)

    def readline(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def send_greeting(self):
        self.send(self.greeting)

    def serve(self):
        self.send_greeting()
        while True:
            line = self.readline()
            sys.stderr.write("C%d %s\n" % (self.conn_no, line.decode("latin-1")))
            sys.stderr.flush()
            parts = line.split(b" ", 2)
            if len(parts) < 2:
                continue
            tag, cmd = parts[0], parts[1].upper()
            rest = parts[2] if len(parts) > 2 else b""
            if cmd == b"UID" and rest:
                sub, _, rest = rest.partition(b" ")
                cmd = b"UID " + sub.upper()
            handler = {
                b"CAPABILITY": self.on_capability, b"LOGIN": self.on_login,
                b"SELECT": self.on_select, b"EXAMINE": self.on_select,
                b"UID FETCH": self.on_uid_fetch, b"LOGOUT": self.on_logout,
                b"NOOP": self.on_noop, b"STARTTLS": self.on_starttls,
                b"ENABLE": self.on_noop,
            }.get(cmd)
            if handler is None:
                self.send(tag + b" BAD unknown command\r\n")
                continue
            if handler(tag, rest) == "close":
                return

    # -- commands ---------------------------------------------------------------------------
    def on_capability(self, tag, rest):
        self.send(b"* CAPABILITY " + self.caps + b"\r\n" + tag + b" OK CAPABILITY done\r\n")

    def on_login(self, tag, rest):
        self.send(tag + b" OK LOGIN done\r\n")

    def on_noop(self, tag, rest):
        self.send(tag + b" OK done\r\n")

    def on_logout(self, tag, rest):
        self.send(b"* BYE bye\r\n" + tag + b" OK LOGOUT done\r\n")
        return "close"

    def on_starttls(self, tag, rest):
        self.send(tag + b" BAD no STARTTLS here\r\n")

    def select_response(self, tag):
        mb = self.mailbox
        out = [b"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
               b"* %d EXISTS" % len(mb.msgs), b"* 0 RECENT",
               b"* OK [UIDVALIDITY %d] UIDs valid" % mb.uidvalidity,
               b"* OK [UIDNEXT %d] next" % mb.uidnext()]
        if mb.condstore:
            out.append(b"* OK [HIGHESTMODSEQ %d] modseq" % mb.modseq)
        out.append(tag + b" OK [READ-WRITE] SELECT done")
        return b"\r\n".join(out) + b"\r\n"

    def on_select(self, tag, rest):
        self.send(self.select_response(tag))

    def fetch_items(self, m, seq, items):
        parts = [b"UID %d" % m.uid]
        if b"FLAGS" in items:
            parts.append(b"FLAGS (" + b" ".join(f.encode() for f in sorted(m.flags)) + b")")
        if self.mailbox.condstore and b"CHANGEDSINCE" in items:
            parts.append(b"MODSEQ (%d)" % m.modseq)
        if b"BODY.PEEK[HEADER]" in items:
            h = m.header()
            parts.append(b"BODY[HEADER] {%d}\r\n" % len(h) + h)
        if b"BODY.PEEK[TEXT]" in items:
            t = m.text()
            parts.append(b"BODY[TEXT]<0> {%d}\r\n" % len(t) + t)
        if b"BODY.PEEK[]" in items:
            parts.append(b"BODY[] {%d}\r\n" % len(m.raw) + m.raw)
        return b"* %d FETCH (" % seq + b" ".join(parts) + b")\r\n"

    def on_uid_fetch(self, tag, rest):
        mb = self.mailbox
        setspec, _, items = rest.partition(b" ")
        maxuid = max([m.uid for m in mb.msgs] + [0])
        wanted = parse_set(setspec, maxuid) if mb.msgs else set()
        since = None
        mo = re.search(rb"CHANGEDSINCE (\d+)", items)
        if mo:
            since = int(mo.group(1))
        out = b""
        for seq, m in enumerate(mb.msgs, 1):
            if m.uid not in wanted:
                continue
            if since is not None and m.modseq <= since:
                continue
            out += self.fetch_items(m, seq, items)
        out = self.extra_fetch_responses(items, wanted) + out
        self.send(out + tag + b" OK UID FETCH done\r\n")

    def extra_fetch_responses(self, items, wanted):
        return b""


# ---------------------------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------------------------

class Normal(Session):
    pass


class TrickyText(Session):
    """Header and body text that look like literal announcements (they are inside literals)."""

    def make_mailbox(self):
        mb = Session.make_mailbox(self)
        mb.msgs[1].raw = (message(2, "second {4294967295}")
                          + b"{4294967295}\r\n{99999999999999999999}\r\nnot literals\r\n")
        return mb


class LiteralHuge(Session):
    """Answers the first body fetch with a literal announced as 4294967295 bytes."""

    def on_uid_fetch(self, tag, rest):
        if b"BODY.PEEK" not in rest:
            return Session.on_uid_fetch(self, tag, rest)
        self.send(b"* 1 FETCH (UID 1 FLAGS () BODY[HEADER] {4294967295}\r\n")
        try:
            chunk = b"x" * 65536
            for _ in range(16 * 64):  # 64 MiB at most, then stall
                self.send(chunk)
        except OSError:
            return "close"
        time.sleep(60)
        return "close"


class Flood(Session):
    """Answers every UID FETCH with an endless flood of untagged FETCH responses."""

    def on_uid_fetch(self, tag, rest):
        line = b"* 1 FETCH (UID 1 FLAGS (\\Seen \\Flagged))\r\n"
        chunk = line * (65536 // len(line))
        sent = 0
        try:
            while sent < 2 * 1024 ** 3:  # 2 GiB at most
                self.send(chunk)
                sent += len(chunk)
        except OSError:
            return "close"
        self.send(tag + b" OK UID FETCH done\r\n")


class Drip(Session):
    """Sends the SELECT answer one byte every --drip-seconds."""

    def on_select(self, tag, rest):
        data = self.select_response(tag)
        try:
            for i in range(len(data)):
                self.send(data[i:i + 1])
                time.sleep(ARGS.drip_seconds)
        except OSError:
            return "close"


class EndlessGreeting(Session):
    """A greeting line that never ends (no CRLF), sent as fast as the client reads."""

    def serve(self):
        self.send(b"* OK ")
        chunk = b"a" * 65536
        for _ in range(16 * 1024):  # 1 GiB at most
            self.send(chunk)


class DripGreeting(Session):
    """The greeting arrives one byte every --drip-seconds."""

    def send_greeting(self):
        for i in range(len(self.greeting)):
            self.send(self.greeting[i:i + 1])
            time.sleep(ARGS.drip_seconds)


class Markup(Session):
    def on_select(self, tag, rest):
        self.send(tag + b" NO <b>bold</b> <img src=file:///dev/zero> <a href=\"http://x.invalid\">link</a>"
                  b" mailbox unavailable\r\n")


class UidValidity0(Session):
    def make_mailbox(self):
        mb = Session.make_mailbox(self)
        mb.uidvalidity = 0
        return mb


class StrayUids(Session):
    """Body fetches also get a response with UID 0, one without UID, one for a UID that was
    not asked for, and the first asked message twice (the second copy with other headers)."""

    def extra_fetch_responses(self, items, wanted):
        if b"BODY.PEEK[HEADER]" not in items:
            return b""
        out = b""
        stray = Msg(77, "stray-not-asked")
        out += self.fetch_items(stray, 9, items)
        zero = Msg(0, "zero-uid")
        out += self.fetch_items(zero, 8, items)
        h = message(55, "no-uid")
        out += b"* 7 FETCH (FLAGS () BODY[HEADER] {%d}\r\n" % len(h) + h + b")\r\n"
        first = min(wanted)
        for m in self.mailbox.msgs:
            if m.uid == first:
                dup = Msg(m.uid, "duplicate-copy")
                dup.raw = m.raw.replace(b"Subject:", b"X-Dup: yes\r\nSubject:")
                out += self.fetch_items(dup, 1, items)
        return out


class NoCondstore(Session):
    """No CONDSTORE. Connection 1: UIDs 1,2,3. Later connections: 2 flagged+seen, 3 expunged,
    4 new."""
    caps = b"IMAP4rev1 IDLE"

    def make_mailbox(self):
        if self.conn_no == 1:
            return Mailbox([Msg(1, "first"), Msg(2, "second"), Msg(3, "third")], condstore=False)
        return Mailbox([Msg(1, "first"), Msg(2, "second", ["\\Seen", "\\Flagged"]), Msg(4, "fourth")],
                       condstore=False)


class ModseqBackwards(Session):
    """CONDSTORE. Connection 1: HIGHESTMODSEQ 100. Later: HIGHESTMODSEQ 50 (went back), message 2
    now \\Flagged at modseq 40 (CHANGEDSINCE 100 does not return it), message 3 expunged."""

    def make_mailbox(self):
        if self.conn_no == 1:
            return Mailbox([Msg(1, "first", modseq=90), Msg(2, "second", modseq=95),
                            Msg(3, "third", modseq=100)], modseq=100)
        return Mailbox([Msg(1, "first", modseq=30), Msg(2, "second", ["\\Flagged"], modseq=40)], modseq=50)


class SilentGreeting(Session):
    """Accepts the connection and never says a word."""

    def send_greeting(self):
        try:
            while self.sock.recv(1024):
                pass
        except OSError:
            pass
        raise ConnectionError("closed")


class SilentSelect(Session):
    """Never answers SELECT (and keeps the connection open)."""

    def on_select(self, tag, rest):
        try:
            while self.sock.recv(1024):
                pass
        except OSError:
            pass
        return "close"


class StartTlsMissing(Session):
    caps = b"IMAP4rev1 LOGINDISABLED"


class StartTlsRefused(Session):
    caps = b"IMAP4rev1 STARTTLS LOGINDISABLED"

    def on_starttls(self, tag, rest):
        self.send(tag + b" NO [UNAVAILABLE] TLS not available now\r\n* OK [CAPABILITY IMAP4rev1] injected\r\n")


class TlsSession(Session):
    """STARTTLS really switches to TLS (certificate from --cert/--key)."""
    caps = b"IMAP4rev1 STARTTLS LOGINDISABLED"
    tls_caps = b"IMAP4rev1 AUTH=PLAIN"

    def starttls_reply(self, tag):
        return tag + b" OK Begin TLS negotiation now\r\n"

    def on_starttls(self, tag, rest):
        self.send(self.starttls_reply(tag))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(ARGS.cert, ARGS.key)
        try:
            self.sock = ctx.wrap_socket(self.sock, server_side=True)
        except (OSError, ssl.SSLError):
            return "close"
        self.buf = b""
        self.caps = self.tls_caps


class StartTlsInject(TlsSession):
    """The STARTTLS OK arrives together with an injected response (CVE-2020-15953 style)."""

    def starttls_reply(self, tag):
        return (tag + b" OK Begin TLS negotiation now\r\n"
                b"* OK [CAPABILITY IMAP4rev1 IDLE MOVE CONDSTORE] injected before TLS\r\n")


class CapsBeforeTls(TlsSession):
    """Advertises IDLE/MOVE/CONDSTORE/QRESYNC in clear text only; after TLS it has none."""
    caps = b"IMAP4rev1 STARTTLS IDLE MOVE CONDSTORE QRESYNC"
    greeting = b"* OK [CAPABILITY IMAP4rev1 STARTTLS IDLE MOVE CONDSTORE QRESYNC] fake ready\r\n"


SCENARIOS = {
    "normal": Normal, "tricky_text": TrickyText, "literal_huge": LiteralHuge, "flood": Flood, "drip": Drip,
    "endless_greeting": EndlessGreeting, "drip_greeting": DripGreeting,
    "markup": Markup, "uidvalidity0": UidValidity0, "stray_uids": StrayUids,
    "no_condstore": NoCondstore, "modseq_backwards": ModseqBackwards,
    "silent_select": SilentSelect, "silent_greeting": SilentGreeting, "starttls_missing": StartTlsMissing,
    "starttls_refused": StartTlsRefused, "starttls_inject": StartTlsInject,
    "caps_before_tls": CapsBeforeTls,
}


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        with CONN_LOCK:
            CONN_COUNT[0] += 1
            n = CONN_COUNT[0]
        sys.stderr.write("C%d connected\n" % n)
        sys.stderr.flush()
        session = SCENARIOS[ARGS.scenario](self.request, n)
        try:
            session.serve()
        except (OSError, ConnectionError, ssl.SSLError):
            pass
        sys.stderr.write("C%d closed\n" % n)
        sys.stderr.flush()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("--scenario", required=True, choices=sorted(SCENARIOS))
    p.add_argument("--drip-seconds", type=float, default=2.0)
    p.add_argument("--cert")
    p.add_argument("--key")
    ARGS = p.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
