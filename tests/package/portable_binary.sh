#!/usr/bin/env bash
# Issue 16: the portable build's executables (FOCUSINBOX_PORTABLE=ON) link no Qt D-Bus of their own
# and say what they are. Usage: portable_binary.sh PATH_TO_FOCUSINBOX_GUI PATH_TO_FOCUSINBOX
# (the window's executable, then the command line's; issue 17, app/CMakeLists.txt).
# (Qt's own libraries may still load D-Bus on Linux; only the app's direct dependencies count.)
set -euo pipefail
gui=$1
binary=$2
for exe in "$gui" "$binary"; do
    needed=$(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    echo "NEEDED by $(basename "$exe"): $(echo "$needed" | tr '\n' ' ')"
    if grep -q 'libQt6DBus' <<< "$needed"; then
        echo "FAIL: the portable $(basename "$exe") links libQt6DBus" >&2
        exit 1
    fi
    grep -q 'libQt6Core' <<< "$needed" || { echo "FAIL: readelf listed no Qt libraries: wrong file?" >&2; exit 1; }
done
grep -q 'libQt6Widgets' <<< "$(readelf -d "$gui")" || { echo "FAIL: $gui is not the window's executable" >&2; exit 1; }
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
