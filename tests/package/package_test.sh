#!/usr/bin/env bash
# Issue 16: what `cmake --install` and cpack make from a configured, built tree (ctest -L package).
# Usage: package_test.sh install|deb BUILD_DIR VERSION [DEB]
#   install  `cmake --install` into a scratch prefix; the files are where GNUInstallDirs puts them;
#            desktop-file-validate, appstreamcli validate and validate-tree --no-net; the man page
#            renders without groff warnings and documents every option `focusinbox --help` lists;
#            a plain start of the installed focusinbox opens the window (cli_launcher.sh).
#   deb      cpack -G DEB with the tree's CPackConfig.cmake into a scratch dir (the tree is staged
#            with `cmake --install --strip` first, so the test never starts a build of its own;
#            scripts/package runs plain cpack on a Release tree); the dependencies come from
#            dpkg-shlibdeps; `dpkg -x` into a scratch root, whose focusinbox answers --version
#            (version and git revision) and --help; lintian reports no error (warnings printed).
#            With DEB (scripts/package), that package is checked instead of building one.
set -euo pipefail
mode=${1:?install|deb}
build=$(cd "${2:?build dir}" && pwd)
version=${3:?version}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export LC_ALL=C.UTF-8
unset LANGUAGE
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
id=dev.focusinbox.FocusInbox
# The revision the build embedded (cmake/GitRevision.cmake).
revision=$(sed -n 's/^#define FOCUSINBOX_GIT_REVISION "\(.*\)"$/\1/p' "$build/generated/focusinbox_revision.h")
[ -n "$revision" ] || fail "no revision in $build/generated/focusinbox_revision.h"

check_program() {  # $1: an installed focusinbox
    local out
    out=$("$1" --version) || fail "$1 --version exited $?"
    echo "$out"
    [[ "$out" == *"$version"* ]] || fail "--version does not name the version $version"
    [[ "$out" == *"$revision"* ]] || fail "--version does not name the revision $revision"
    out=$("$1" --help) || fail "$1 --help exited $?"
    [[ "$out" == *"Usage:"* && "$out" == *"sources add maildir"* ]] || fail "--help does not print the usage"
}

case "$mode" in
install)
    prefix=$scratch/root/usr
    step "cmake --install $build --prefix $prefix"
    cmake --install "$build" --prefix "$prefix" >/dev/null
    for f in bin/focusinbox libexec/focusinbox/focusinbox-gui share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
             share/icons/hicolor/scalable/apps/focusinbox.svg \
             share/icons/hicolor/symbolic/apps/focusinbox-tray-symbolic.svg \
             share/icons/hicolor/symbolic/apps/focusinbox-tray-focus-symbolic.svg \
             share/man/man1/focusinbox.1.gz share/focusinbox/translations/focusinbox_es.qm \
             share/doc/focusinbox/copyright share/doc/focusinbox/changelog.gz; do
        [ -f "$prefix/$f" ] || fail "not installed: $f"
    done
    [ -x "$prefix/bin/focusinbox" ] || fail "bin/focusinbox is not executable"

    step "desktop-file-validate"
    desktop=$prefix/share/applications/$id.desktop
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no icon $icon.svg for Icon=$icon"
    grep -qx 'StartupWMClass=FocusInbox' "$desktop" || fail "StartupWMClass is not the window class"

    step "appstreamcli validate --no-net"
    appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
    # The installed tree as a whole: the metainfo with the desktop file it launches.
    appstreamcli validate-tree --no-net "$scratch/root" || fail "appstreamcli validate-tree"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" \
        || fail "the metainfo does not launch $id.desktop"

    step "the man page"
    page=$scratch/focusinbox.1
    zcat "$prefix/share/man/man1/focusinbox.1.gz" > "$page"
    warnings=$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "groff warnings: $warnings"
    text=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
    missing=()
    while read -r option; do
        grep -qF -- "$option" <<<"$text" || missing+=("$option")
    done < <("$prefix/bin/focusinbox" --help | grep -oE '^  (-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+')
    [ ${#missing[@]} -eq 0 ] || fail "options of --help missing from the man page: ${missing[*]}"
    grep -qF -- '--man-page' <<<"$text" && fail "the hidden --man-page is in the man page"
    step "the installed program"
    check_program "$prefix/bin/focusinbox"
    step "the installed program opens the window through libexec/focusinbox/focusinbox-gui"
    bash "$(dirname "$0")/cli_launcher.sh" "$prefix/bin/focusinbox" || fail "the installed launcher"
    ;;
deb)
    if [ -n "${4:-}" ]; then
        deb=$4
        [ -f "$deb" ] || fail "no package $deb"
    else
        stage=$scratch/stage
        step "stage: cmake --install --strip, DESTDIR=$stage, prefix /usr"
        DESTDIR=$stage cmake --install "$build" --prefix /usr --strip >/dev/null
        step "cpack -G DEB"
        (cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" \
            -D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$stage;.")
        debs=("$scratch"/out/focusinbox_"$version"_*.deb)
        [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "no focusinbox_${version}_<arch>.deb in $scratch/out"
        deb=${debs[0]}
    fi
    [ "$(dpkg-deb -f "$deb" Package)" = focusinbox ] || fail "the package is not named focusinbox"
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for lib in libqt6core6 libqt6widgets6 libgmime-3.0-0 libetpan20 libical3 libqt6keychain1 libqt6sql6-sqlite libqt6svg6; do
        [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps did not run?)"
    done
    [ "$(dpkg-deb -f "$deb" Section)" = mail ] || fail "Section is not mail"

    step "dpkg -x into a scratch root"
    root=$scratch/root
    dpkg -x "$deb" "$root"
    [ -f "$root/usr/share/applications/$id.desktop" ] || fail "the package has no /usr/share/applications/$id.desktop"
    [ -f "$root/usr/share/man/man1/focusinbox.1.gz" ] || fail "the package has no man page"
    check_program "$root/usr/bin/focusinbox"
    [ -x "$root/usr/libexec/focusinbox/focusinbox-gui" ] || fail "the package has no /usr/libexec/focusinbox/focusinbox-gui"
    bash "$(dirname "$0")/cli_launcher.sh" "$root/usr/bin/focusinbox" || fail "the packaged launcher"

    step "lintian"
    set +e
    report=$(lintian --tag-display-limit 0 "$deb" 2>&1)
    set -e
    echo "$report"
    if grep -q '^E: ' <<<"$report"; then
        fail "lintian reports errors"
    fi
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac
echo "PASS: package $mode"
