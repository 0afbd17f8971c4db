#!/usr/bin/env python3
"""Check the embedded sample workspace (resources/sample/maildir).

Parses every message with Python's email package (policy=email.policy.default) and checks:
  * Maildir layout: cur/, new/, tmp/ (tmp/ holds only .gitkeep); valid file names
    (new/: <epoch>.<unique>.<host>, cur/: <epoch>.<unique>.<host>:2,<FLAGS>); the epoch matches Date:
  * required headers: From, To, Subject, Message-ID, Date, X-Focus-Sample-Age (whole minutes)
  * RFC 2047 encoded words decode (and no non-final B word carries '=' padding, which
    GMime 3.2.13 mis-decodes, jstedfast/gmime#133) to the intended text (sample-index.tsv, column 6) and
    display names decode without leftovers; the decoded subjects are printed
  * headers are 7-bit (non-ASCII only through RFC 2047)
  * MIME: MIME-Version where Content-Type is set, multipart structure, every text part decodes
    in its declared charset, no parser defects; LF line endings, no header line over 998 octets
  * unique Message-IDs; In-Reply-To/References point at messages in the sample
  * only fictional domains (northwind.dev, example.org/.com and their subdomains)
  * sample-index.tsv lists exactly the messages on disk (intended tier, kind, age, file)

Usage: python3 resources/sample/check_sample.py [-q]      (exit status 1 on any problem)
"""
import csv
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "maildir"
INDEX = HERE / "sample-index.tsv"

NEW_NAME = re.compile(r"^(\d{9,10})\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
CUR_NAME = re.compile(r"^(\d{9,10})\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+:2,([A-Z]*)$")
ALLOWED_DOMAINS = ("northwind.dev", "example.org", "example.com")
REQUIRED = ("From", "To", "Subject", "Message-ID", "Date", "X-Focus-Sample-Age")
MIME_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")

errors = []
quiet = "-q" in sys.argv


def fail(where, what):
    errors.append(f"{where}: {what}")


def fictional(domain):
    domain = domain.lower()
    return any(domain == d or domain.endswith("." + d) for d in ALLOWED_DOMAINS)


def check_layout():
    for sub in ("cur", "new", "tmp"):
        if not (MAILDIR / sub).is_dir():
            fail("maildir", f"missing {sub}/")
    tmp = sorted(p.name for p in (MAILDIR / "tmp").iterdir()) if (MAILDIR / "tmp").is_dir() else []
    if tmp != [".gitkeep"]:
        fail("maildir/tmp", f"should hold only .gitkeep, holds {tmp}")
    files = []
    for sub, pattern in (("new", NEW_NAME), ("cur", CUR_NAME)):
        for p in sorted((MAILDIR / sub).iterdir()):
            where = f"{sub}/{p.name}"
            m = pattern.match(p.name)
            if not m:
                fail(where, "not a valid Maildir file name for " + sub + "/")
                continue
            if sub == "cur":
                flags = m.group(2)
                if flags != "".join(sorted(set(flags))) or set(flags) - set("DFPRST"):
                    fail(where, f"info flags {flags!r} must be sorted, unique, from DFPRST")
            files.append((where, p, int(m.group(1))))
    return files


def check_message(where, path, epoch):
    raw = path.read_bytes()
    if b"\r" in raw:
        fail(where, "contains CR; the sample uses LF line endings")
    head = raw.split(b"\n\n", 1)[0]
    for line in head.split(b"\n"):
        if len(line) > 998:
            fail(where, "header line longer than 998 octets")
        if any(c > 127 for c in line):
            fail(where, f"raw 8-bit header (use RFC 2047): {line[:60]!r}")
    for line in raw.split(b"\n"):
        if len(line) > 998:
            fail(where, "line longer than 998 octets")
            break

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    info = {"where": where, "msg": msg}

    for name in REQUIRED:
        if msg[name] is None or not str(msg[name]).strip():
            fail(where, f"missing {name}")
    if msg.defects:
        fail(where, f"message defects: {msg.defects}")

    # header-level defects (bad encoded words, bad addresses, ...)
    for name, value in msg.items():
        if getattr(value, "defects", None):
            fail(where, f"{name} header defects: {list(value.defects)}")
        if "=?" in str(value):
            fail(where, f"{name} still contains an undecoded encoded word: {value!s}")

    age = str(msg["X-Focus-Sample-Age"] or "").strip()
    if not age.isdigit():
        fail(where, f"X-Focus-Sample-Age must be whole minutes, got {age!r}")
    info["age"] = int(age) if age.isdigit() else -1

    try:
        date = parsedate_to_datetime(str(msg["Date"]))
        if date.tzinfo is None:
            fail(where, "Date has no zone")
        elif int(date.timestamp()) != epoch:
            fail(where, f"file name epoch {epoch} != Date {int(date.timestamp())}")
    except (TypeError, ValueError) as e:
        fail(where, f"unparsable Date: {e}")

    mid = str(msg["Message-ID"] or "").strip()
    if not MIME_ID.fullmatch(mid):
        fail(where, f"malformed Message-ID {mid!r}")
    info["mid"] = mid
    info["irt"] = str(msg["In-Reply-To"] or "").strip()
    info["refs"] = MIME_ID.findall(str(msg["References"] or ""))

    for name in ("From", "To", "Cc", "Reply-To", "Sender"):
        for display, addr in getaddresses([str(v) for v in msg.get_all(name, [])]):
            if "@" not in addr:
                fail(where, f"{name}: bad address {addr!r}")
            elif not fictional(addr.rsplit("@", 1)[1]):
                fail(where, f"{name}: non-fictional domain in {addr!r}")
    info["from"] = str(msg["From"])

    # MIME structure
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        fail(where, "Content-Type without MIME-Version")
    if msg.is_multipart():
        parts = list(msg.iter_parts())
        if len(parts) < 2:
            fail(where, "multipart with fewer than two parts")
        if msg.get_content_type() == "multipart/alternative":
            kinds = [p.get_content_type() for p in parts]
            if kinds != ["text/plain", "text/html"]:
                fail(where, f"multipart/alternative should be text/plain then text/html, got {kinds}")
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    for part in leaves:
        if part.defects:
            fail(where, f"part {part.get_content_type()} defects: {part.defects}")
        if part.get_content_maintype() != "text":
            continue
        charset = part.get_content_charset() or "us-ascii"
        payload = part.get_payload(decode=True)
        try:
            payload.decode(charset)  # strict: every byte valid in the declared charset
            text = part.get_content()
        except (LookupError, UnicodeDecodeError) as e:
            fail(where, f"{part.get_content_type()} does not decode as {charset}: {e}")
            continue
        if not text.strip():
            fail(where, f"empty {part.get_content_type()} part")
    info["shape"] = msg.get_content_type() + "".join(
        f" [{p.get_content_type()} {p.get('Content-Transfer-Encoding', '7bit')} {p.get_content_charset()}]"
        for p in leaves)
    # GMime 3.2.13 (the app's MIME parser) joins adjacent B words before decoding and loses the
    # text after a padded one (jstedfast/gmime#133): only the last B word of a header may end in '='.
    for name, value in msg.raw_items():
        bwords = re.findall(r"=\?[^?]+\?[Bb]\?([^?]*)\?=", value)
        if any(w.endswith("=") for w in bwords[:-1]):
            fail(where, f"{name}: a non-final base64 encoded word ends in '=' padding")
    info["subject"] = str(msg["Subject"])
    info["raw_subject"] = next((v for k, v in msg.raw_items() if k.lower() == "subject"), "")
    return info


def main():
    files = check_layout()
    infos = [check_message(w, p, e) for w, p, e in files]
    by_mid = {}
    for i in infos:
        if i["mid"] in by_mid:
            fail(i["where"], f"duplicate Message-ID {i['mid']}")
        by_mid[i["mid"]] = i
    for i in infos:
        for ref in ([i["irt"]] if i["irt"] else []) + i["refs"]:
            if ref not in by_mid:
                fail(i["where"], f"In-Reply-To/References {ref} is not in the sample")
        if i["irt"] and (not i["refs"] or i["refs"][-1] != i["irt"]):
            fail(i["where"], "References should end with the In-Reply-To id")

    # index: message_id, tier, kind, age, file, expected decoded subject
    index = {}
    with open(INDEX, encoding="utf-8", newline="") as f:
        for row in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t"):
            if len(row) != 6:
                fail("sample-index.tsv", f"row with {len(row)} columns: {row}")
                continue
            index[row[0]] = row
    if set(index) != set(by_mid):
        fail("sample-index.tsv", f"ids not on disk: {sorted(set(index) - set(by_mid))}; "
                                 f"on disk but not indexed: {sorted(set(by_mid) - set(index))}")
    for mid, (_, tier, kind, age, file, expect) in index.items():
        i = by_mid.get(mid)
        if not i:
            continue
        i["tier"], i["kind"] = tier, kind
        if tier not in ("1", "2", "3"):
            fail(file, f"tier {tier!r} is not 1, 2 or 3")
        if file != i["where"]:
            fail(file, f"index names {file}, message is at {i['where']}")
        if str(i["age"]) != age:
            fail(file, f"index age {age} != X-Focus-Sample-Age {i['age']}")
        encoded = "=?" in i["raw_subject"]
        if encoded and not expect:
            fail(file, "encoded subject without an expected decoded text in the index")
        if expect:
            if not encoded:
                fail(file, "index expects an encoded subject but the raw Subject has no encoded word")
            if expect not in i["subject"]:
                fail(file, f"subject decodes to {i['subject']!r}, expected {expect!r}")
            if all(ord(c) < 128 for c in expect):
                fail(file, f"expected text {expect!r} has no accented character to prove decoding")
        i["encoded"] = encoded

    if not quiet:
        print("Decoded RFC 2047 subjects:")
        for i in sorted(infos, key=lambda i: i["where"]):
            if i.get("encoded"):
                print(f"  {i['where'].split('/')[1][:30]:30}  {i['subject']}")
        print("\nDecoded display names (non-ASCII):")
        for name in sorted({i["from"] for i in infos if any(ord(c) > 127 for c in i["from"])}):
            print(f"  {name}")
        print("\nAll messages (tier, age in minutes, file, MIME shape, subject):")
        for i in sorted(infos, key=lambda i: (-int(i.get("tier", 0)), i["age"])):
            print(f"  T{i.get('tier', '?')} {i['age']:>5}  {i['where']:45} {i['subject']}")
            print(f"  {'':10} {i['shape']}")
    tiers = {t: sum(1 for i in infos if i.get("tier") == t) for t in ("3", "2", "1")}
    print(f"\n{len(infos)} messages: Tier 3 Now {tiers['3']}, Tier 2 Async {tiers['2']}, "
          f"Tier 1 Reference {tiers['1']}; new/ {sum(1 for i in infos if i['where'].startswith('new/'))}")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
