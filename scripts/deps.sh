# Shared by scripts/run and scripts/test: install missing Debian packages.
# Usage: source scripts/deps.sh; install_packages pkg...
install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}" >&2
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
}

# What building and running the app needs.
BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    libgmime-3.0-dev libglib2.0-dev libical-dev
    libetpan-dev libgnutls28-dev qtkeychain-qt6-dev
    libxml2-dev  # HTML parser of the sanitizer and feed autodiscovery
    libuchardet-dev  # charset detection for feeds that declare none (models/sources/feed/parse)
    libhttp-parser-dev  # HTTP/1.1 request parser of the local listener (models/net/listener)
    libsqlite3-dev  # the search rank, an FTS5 function on Qt's SQLite connections (storage/ftsrank.h)
    qt6-charts-dev libqt6charts6 libqt6opengl6-dev  # Qt Charts: the Insights window (issue 15); its CMake package needs Qt6OpenGL
)
# What the tests need on top (real servers, a display, a notification daemon).
TEST_PACKAGES=(
    xvfb xauth dbus dbus-x11 fonts-dejavu-core
    dovecot-imapd openssl gnome-keyring
    python3  # tests/support/fakeimapserver.py (scripted hostile IMAP server), httpserver.py (feeds)
    dunst xdotool libnotify-bin
    x11-utils  # xwininfo: the stacking order in tst_launch_x11 (a second start raises the first)
    desktop-file-utils  # desktop-file-validate: the autostart entry (tst_preferences_general)
    imagemagick  # `import`: the screenshot tst_hostile_dunst takes when FOCUSINBOX_SCREENSHOT is set
    clang-14 libclang-rt-14-dev  # libFuzzer harnesses (tests/fuzz)
    nginx-light newsboat  # bench/feeds: the loopback feed server, and the peer it is compared with
)
# What scripts/package and the package tests (ctest -L package, issue 16) need: dpkg-shlibdeps,
# the freedesktop validators, man for the man page check, lintian.
PACKAGE_PACKAGES=(dpkg-dev desktop-file-utils appstream man-db lintian)
TEST_PACKAGES+=("${PACKAGE_PACKAGES[@]}")
