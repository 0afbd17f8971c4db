// Unit tests for fi::ftsMatchExpression (models/storage/ftsquery.h): whatever the user types,
// SQLite's FTS5 never reports a syntax error, and the words typed are what is searched.
// Runs the expressions through Qt's SQLite driver like ItemStore does.
#include "storage/ftsquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace fi;

class TestFtsQuery : public QObject {
    Q_OBJECT
private:
    QSqlDatabase m_db;

    /// Row ids (in order) matching what @p typed becomes; fails the test on an SQLite error.
    QList<qint64> search(const QString &typed)
    {
        const QString match = ftsMatchExpression(typed);
        if (match.isEmpty())
            return {};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"));
        q.addBindValue(match);
        if (!q.exec()) {
            qWarning("MATCH %s: %s", qPrintable(match), qPrintable(q.lastError().text()));
            return {-1};
        }
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(subject, tokenize = 'unicode61 remove_diacritics 2')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t(rowid, subject) VALUES (1, 'incident in prod'), (2, 'design review'), (3, 'prod incident review')")));
    }

    void controlCharactersSeparateWords_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("NUL") << QString::fromUtf16(u"incident\0prod", 13) << QList<qint64>{1, 3};
        QTest::newRow("NUL at end") << QString::fromUtf16(u"review\0", 7) << QList<qint64>{2, 3};
        QTest::newRow("C1 control") << QString::fromUtf8("design\xC2\x85review") << QList<qint64>{2};
        QTest::newRow("lone high surrogate") << (QStringLiteral("incident") + QChar(0xD800) + QStringLiteral("prod")) << QList<qint64>{1, 3};
        QTest::newRow("lone low surrogate") << (QChar(0xDC00) + QStringLiteral("design")) << QList<qint64>{2};
    }
    void controlCharactersSeparateWords()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, ids);
        QVERIFY(!ftsMatchExpression(typed).contains(QChar(0)));
        QCOMPARE(search(typed), ids);
    }

    void operatorsAreText_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *s : {"\"", "\"\"incident", "AND", "review OR", "NEAR(design review, 1)", "prod*", "subject:design",
                              "^design", "(review", "-review", "+prod", "incident NOT"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void operatorsAreText()
    {
        QFETCH(QString, typed);
        QVERIFY(!search(typed).contains(-1));
    }

    void lettersOutsideTheBmpAreWords()
    {
        // U+20000 (CJK Extension B, a letter) is one code point but two UTF-16 units, neither of
        // which is a letter on its own.
        const QString cjk = QString::fromUcs4(U"\U00020000");
        QCOMPARE(ftsMatchExpression(cjk), QLatin1Char('"') + cjk + QStringLiteral("\"*"));
        QCOMPARE(ftsMatchExpression(QStringLiteral("review ") + cjk),
                 QStringLiteral("\"review\" \"") + cjk + QStringLiteral("\"*"));
        QVERIFY(!search(cjk).contains(-1));
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
