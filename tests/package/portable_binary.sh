#!/usr/bin/env bash
# Issue 16: the portable build's executable (FOCUSINBOX_PORTABLE=ON) links no Qt D-Bus of its own
# and says what it is. Usage: portable_binary.sh PATH_TO_FOCUSINBOX
# (Qt's own libraries may still load D-Bus on Linux; only the app's direct dependencies count.)
set -euo pipefail
binary=$1
needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "NEEDED: $(echo "$needed" | tr '\n' ' ')"
if grep -q 'libQt6DBus' <<< "$needed"; then
    echo "FAIL: the portable focusinbox links libQt6DBus" >&2
    exit 1
fi
grep -q 'libQt6Widgets' <<< "$needed" || { echo "FAIL: readelf listed no Qt libraries: wrong file?" >&2; exit 1; }
version=$(LC_ALL=C LANG=C LANGUAGE= QT_QPA_PLATFORM=offscreen "$binary" --version)
echo "$version"
case "$version" in
    *"portable build"*) ;;
    *) echo "FAIL: --version does not say it is the portable build" >&2; exit 1 ;;
esac
# Read all of --help first: `grep -q` in a pipe would stop reading at the first match, and with
# pipefail the writer's SIGPIPE would fail the check now and then.
help=$(QT_QPA_PLATFORM=offscreen "$binary" --help)
grep -q -- '--data-dir' <<< "$help" || { echo "FAIL: --help lists no --data-dir" >&2; exit 1; }
echo "portable binary OK"
