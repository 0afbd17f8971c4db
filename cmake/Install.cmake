# Issue 16: `cmake --install` lays Focus Inbox out under CMAKE_INSTALL_PREFIX the GNUInstallDirs
# way (the .deb uses /usr, cmake/Packaging.cmake):
#   bin/focusinbox                                   the command line; a plain start execs
#   libexec/focusinbox/focusinbox-gui                the window (app/CMakeLists.txt, issue 17)
#   share/applications/dev.focusinbox.FocusInbox.desktop
#   share/metainfo/dev.focusinbox.FocusInbox.metainfo.xml
#   share/icons/hicolor/scalable/apps/focusinbox.svg  (the desktop file's Icon=focusinbox)
#   share/icons/hicolor/symbolic/apps/focusinbox-tray*-symbolic.svg
#   share/man/man1/focusinbox.1.gz                   made from the options of --help
#   share/focusinbox/translations/focusinbox_*.qm    (a copy: the app loads the ones embedded
#                                                     in the binary, :/i18n; app/CMakeLists.txt)
#   share/doc/focusinbox/copyright, changelog.gz
# The package tests (tests/package, ctest -L package) validate what this installs.
include(GNUInstallDirs)

set(FOCUSINBOX_RELEASE_DATE_RFC2822 "Fri, 04 Dec 2026 12:00:00 +0000")  # = <release date> in the metainfo
set(FOCUSINBOX_PACKAGE_MAINTAINER "Focus Inbox developers <packages@focusinbox.dev>"
    CACHE STRING "Maintainer of the .deb (Name <address>)")

install(TARGETS focusinbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS focusinbox-gui RUNTIME DESTINATION ${FOCUSINBOX_GUI_INSTALL_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/dev.focusinbox.FocusInbox.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/dev.focusinbox.FocusInbox.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/focusinbox.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(state "" -focus -unread -urgent)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/focusinbox-tray${state}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps
          RENAME focusinbox-tray${state}-symbolic.svg)
endforeach()

# The man page: the built program renders it from the option definitions of --help.
set(FOCUSINBOX_MANPAGE ${PROJECT_BINARY_DIR}/focusinbox.1)
add_custom_command(OUTPUT ${FOCUSINBOX_MANPAGE} ${FOCUSINBOX_MANPAGE}.gz
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:focusinbox> -DOUTPUT=${FOCUSINBOX_MANPAGE}
          -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
  DEPENDS focusinbox ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake ${PROJECT_SOURCE_DIR}/cmake/Gzip.cmake
  COMMENT "Generating the man page focusinbox.1" VERBATIM)

# Debian wants a copyright file and a changelog in share/doc/<package>.
set(FOCUSINBOX_CHANGELOG ${PROJECT_BINARY_DIR}/changelog)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${FOCUSINBOX_CHANGELOG} @ONLY)
add_custom_command(OUTPUT ${FOCUSINBOX_CHANGELOG}.gz
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${FOCUSINBOX_CHANGELOG} -P ${PROJECT_SOURCE_DIR}/cmake/Gzip.cmake
  DEPENDS ${FOCUSINBOX_CHANGELOG} ${PROJECT_SOURCE_DIR}/cmake/Gzip.cmake VERBATIM)

add_custom_target(focusinbox_installdata ALL DEPENDS ${FOCUSINBOX_MANPAGE}.gz ${FOCUSINBOX_CHANGELOG}.gz)
install(FILES ${FOCUSINBOX_MANPAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${FOCUSINBOX_CHANGELOG}.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/focusinbox)
