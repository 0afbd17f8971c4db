# Writes OUTPUT.gz from OUTPUT with `gzip -9n` (best compression, no name or time stamp in the
# header, as Debian wants for man pages and changelogs).
# Usage: cmake -DOUTPUT=<file> -P Gzip.cmake   (or include() it with OUTPUT set)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(COMMAND "${GZIP_EXECUTABLE}" -9n -c "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${OUTPUT} failed (${rc})")
endif()
