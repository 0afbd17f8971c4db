#!/usr/bin/env bash
# Run one command on a desktop that has a notification server: a private X server (xvfb-run),
# a private D-Bus session (dbus-run-session) and a real dunst owning org.freedesktop.Notifications.
# Used by tst_platformservices (issue 16) to show which notifier and DND backend a build picks
# when the freedesktop services are there. Fails (exit 2) if dunst never takes the bus name.
# Needs no Qt D-Bus: dbus-send asks the bus, so the portable build can use it too.
set -euo pipefail
if [ "${FI_WITH_DUNST_INNER:-}" != 1 ]; then
    for tool in xvfb-run dbus-run-session dbus-send dunst; do
        command -v "$tool" >/dev/null || { echo "with_dunst.sh: $tool is not installed (scripts/deps.sh)" >&2; exit 2; }
    done
    export FI_WITH_DUNST_INNER=1
    exec xvfb-run -a dbus-run-session -- bash "$0" "$@"
fi
config=$(mktemp)
trap 'kill "$dunst_pid" 2>/dev/null || true; rm -f "$config"' EXIT
printf '[global]\n    notification_limit = 0\n[urgency_normal]\n    timeout = 3600\n' > "$config"
dunst -config "$config" >/dev/null 2>&1 &
dunst_pid=$!
for _ in $(seq 100); do
    owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null || true)
    if grep -q 'boolean true' <<< "$owner"; then
        "$@"
        exit $?
    fi
    sleep 0.1
done
echo "with_dunst.sh: dunst did not take org.freedesktop.Notifications within 10 s" >&2
exit 2
