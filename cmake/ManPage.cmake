# Writes the man page focusinbox.1 and its gzip -9n copy: runs the built program's hidden
# `--man-page` switch, which renders the same option definitions as --help (app/cli/manpage.h).
# The C locale gives the English page; leak checks of a sanitizer build are off (a short run).
# Usage: cmake -DEXE=<focusinbox> -DOUTPUT=<dir>/focusinbox.1 -P ManPage.cmake
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{LANG} "C.UTF-8")
unset(ENV{LANGUAGE})
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(ENV{QT_QPA_PLATFORM} "offscreen")
execute_process(COMMAND "${EXE}" --man-page OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE rc)
file(SIZE "${OUTPUT}.tmp" size)
if(NOT rc EQUAL 0 OR size LESS 1000)
  message(FATAL_ERROR "${EXE} --man-page failed (exit ${rc}, ${size} bytes)")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
include("${CMAKE_CURRENT_LIST_DIR}/Gzip.cmake")
