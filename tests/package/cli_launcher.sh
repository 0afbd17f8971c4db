#!/usr/bin/env bash
# Issue 17: `focusinbox` is the command line and loads no GUI library; a plain start still opens
# the window, through focusinbox-gui (app/guilauncher.h). Usage: cli_launcher.sh PATH_TO_FOCUSINBOX
# Used on the build tree (ctest cli_launcher) and on the installed tree (package_test.sh install).
set -euo pipefail
binary=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "NEEDED: $(echo "$needed" | tr '\n' ' ')"
grep -q 'libQt6Core' <<< "$needed" || fail "readelf listed no Qt libraries: wrong file?"
for lib in libQt6Widgets libQt6Gui libQt6Charts libQt6Svg; do
    if grep -q "$lib" <<< "$needed"; then fail "focusinbox links $lib"; fi
done
# What the loader really maps for a command, not only the direct dependencies.
loaded=$(ldd "$binary")
for lib in libQt6Widgets libQt6Gui libxcb libfontconfig; do
    if grep -q "$lib" <<< "$loaded"; then fail "focusinbox loads $lib"; fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A command runs without a display (no QT_QPA_PLATFORM here) and answers.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --data-dir "$scratch/data" sources list) \
    || fail "sources list exited $?"
version=$("$binary" --version) || fail "--version exited $?"
grep -q '[0-9]\.[0-9]' <<< "$version" || fail "--version printed no version: $version"

# A plain start: the window opens (offscreen), paints its list and quits (app/bench/firstpaintexit.h).
set +e
err=$(QT_QPA_PLATFORM=offscreen FOCUSINBOX_EXIT_AFTER_FIRST_PAINT=1 timeout 60 "$binary" --data-dir "$scratch/gui" 2>&1 >/dev/null)
status=$?
set -e
[ "$status" -eq 0 ] || fail "a plain start exited $status: $err"
grep -q '^focusinbox-first-paint: ' <<< "$err" || fail "a plain start painted no window: $err"
grep -q '"view": *"Now"' <<< "$err" || fail "the window did not open on its Now view: $err"
echo "cli launcher OK (focusinbox-gui painted its window)"
