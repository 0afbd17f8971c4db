// The user's identities (issue 14, domain/identity.h): which entries Preferences ▸ Me accepts as
// addresses and GitHub logins, and which sender handles name one of the user's logins.
#include "domain/identity.h"

#include <QTest>

using namespace fi;

class TestIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressForm()
    {
        for (const char *good : {"ana@example.org", "a.b+tag@sub.example.co.uk", "ana@localhost", "ação@exemplo.br"})
            QVERIFY2(isAddressForm(QString::fromUtf8(good)), good);
        for (const char *bad : {"", "ana", "ana example.org", "ana @example.org", "@example.org", "ana@", "a@b@c",
                                "Ana <ana@example.org>", "ana@example..org", "ana@.example.org", "ana@example.org.",
                                "a,b@example.org", "\"ana\"@example.org", "ana@exa\tmple.org"})
            QVERIFY2(!isAddressForm(QString::fromUtf8(bad)), bad);
    }
    void loginForm()
    {
        QVERIFY(isLoginForm(QStringLiteral("octocat")));
        QVERIFY(isLoginForm(QStringLiteral("Octo-Cat-2")));
        QVERIFY(isLoginForm(QString(39, QLatin1Char('a'))));
        QVERIFY(!isLoginForm(QString(40, QLatin1Char('a'))));
        for (const char *bad : {"", "-octo", "octo cat", "octo_cat", "octo.cat", "ana@example.org", "ñandú"})
            QVERIFY2(!isLoginForm(QString::fromUtf8(bad)), bad);
    }
    void handles()
    {
        const QStringList mine{QStringLiteral("octocat")};
        for (const char *handle : {"octocat", "OctoCat", "@octocat", " @OctoCat ", "https://github.com/octocat",
                                   "https://github.com/OctoCat/", "http://www.github.com/octocat"})
            QVERIFY2(handleIsOneOf(QString::fromUtf8(handle), mine), handle);
        for (const char *handle : {"", "octocat2", "octo", "https://gitlab.com/octocat", "https://github.com/octocat/repo",
                                   "https://github.com/", "octocat@example.org", "https://evil.example/github.com/octocat"})
            QVERIFY2(!handleIsOneOf(QString::fromUtf8(handle), mine), handle);
        QVERIFY(!handleIsOneOf(QStringLiteral("octocat"), {}));
        QCOMPARE(loginOfHandle(QStringLiteral("https://github.com/Octo-Cat")), QStringLiteral("octo-cat"));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
