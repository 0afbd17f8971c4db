// libFuzzer harness: the FTS5 search expression (models/storage/ftsquery.h). What the user typed
// becomes a MATCH expression that runs against an in-memory FTS5 table declared like items_fts
// (resources/sql/0001_initial.sql), bound as UTF-16 text like Qt's SQLite driver does.
// Property: SQLite never reports an error (a syntax error would show as a failed search).
// Byte 0, bit 0: the rest is UTF-8 (else raw UTF-16, so lone surrogates and NULs reach it).
#include "fuzzsupport.h"

#include "storage/ftsquery.h"

#include <sqlite3.h>

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        if (sqlite3_open(":memory:", &d) != SQLITE_OK)
            std::abort();
        const char *schema =
            "CREATE VIRTUAL TABLE items_fts USING fts5(subject, from_name, from_address, snippet,"
            " tokenize = 'unicode61 remove_diacritics 2');"
            "INSERT INTO items_fts VALUES ('Incident in prod', 'Ops', 'ops@example.org', 'the pager fired');"
            "INSERT INTO items_fts VALUES ('Design review: RFC 42', 'Ana Müller', 'ana@example.org', 'PTAL \"quoted\" text');"
            "INSERT INTO items_fts VALUES ('Réunion à 14h', 'Zoë', 'zoe@example.fr', 'AND OR NOT NEAR * ^ : ( )');";
        char *err = nullptr;
        if (sqlite3_exec(d, schema, nullptr, nullptr, &err) != SQLITE_OK) {
            std::fprintf(stderr, "schema: %s\n", err);
            std::abort();
        }
        return d;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t o = in.byte();
    const QByteArray bytes = in.rest();
    const QString typed = (o & 1)
        ? QString::fromUtf8(bytes)
        : QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
    const QString match = fi::ftsMatchExpression(typed);
    if (match.isEmpty())
        return 0; // the caller matches nothing without asking SQLite

    sqlite3 *db = database();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM items_fts WHERE items_fts MATCH ?", -1, &stmt,
                           nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_bind_text16(stmt, 1, match.utf16(), int(match.size() * 2), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    const QByteArray err = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    FUZZ_ASSERT(rc == SQLITE_DONE, "SQLite error %d (%s) for MATCH %s", rc, err.constData(),
                match.toUtf8().toHex(' ').constData());
    return 0;
}
