# Issue 16: `cpack` in a configured build tree makes focusinbox_<version>_<arch>.deb from what
# `cmake --install` installs (cmake/Install.cmake), under /usr. scripts/package builds a Release
# tree and runs it; tests/package/package_test.sh runs it on the test tree.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME focusinbox)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Focus Inbox developers")
set(CPACK_PACKAGE_CONTACT "${FOCUSINBOX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tiered, deadline-aware, focus-guarding personal inbox")
# The extended description: lines of at most 80 characters (Debian Policy 3.4.1).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Focus Inbox pulls mail (IMAP, Maildir), RSS/Atom/JSON feeds, GitHub\n"
  "notifications and items pushed to a local webhook into one tiered inbox:\n"
  "Now, Async and Reference. Every item gets a response deadline, and focus\n"
  "sessions hold notifications back until they end. It is driven from the\n"
  "keyboard, lives in the system tray, and has a command line for scripts.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # focusinbox_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FOCUSINBOX_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://focusinbox.dev/")
# The shared libraries the binary links come from dpkg-shlibdeps. Only what the program loads as a
# plugin at run time is named here, because shlibdeps cannot see it: Qt's SQLite driver (the
# store; libqt6sql6 merely recommends one of several drivers) and the SVG icon engine and image
# plugins of libqt6svg6 (every icon; a Release binary need not link libQt6Svg itself).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
include(CPack)
