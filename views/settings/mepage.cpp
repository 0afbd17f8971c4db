#include "settings/mepage.h"

#include "deadlinebadge.h"
#include "domain/identity.h"
#include "plaintext.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kMaxNamedErrors = 3;

/// The non-empty lines of @p edit, trimmed, with their 1-based line numbers.
QList<std::pair<int, QString>> entriesOf(const QPlainTextEdit *edit)
{
    QList<std::pair<int, QString>> out;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString entry = lines.at(i).trimmed();
        if (!entry.isEmpty())
            out.append({i + 1, entry});
    }
    return out;
}

QStringList uniqueLower(const QList<std::pair<int, QString>> &entries)
{
    QStringList out;
    for (const auto &[line, entry] : entries) {
        if (!out.contains(entry.toLower()))
            out << entry.toLower();
    }
    return out;
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    label->setObjectName(name);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     isDarkPalette(parent->palette()) ? QColor(0xF0, 0x8A, 0x85) : QColor(0xB0, 0x2A, 0x25));
    label->setPalette(palette);
    label->setAccessibleDescription(MePage::tr("Error"));
    label->hide();
    return label;
}

QLabel *hintLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *listEdit(QWidget *parent, const QString &name, const QStringList &entries, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(entries.join(QLatin1Char('\n')), parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    return edit;
}

/// "line 2: “ana example.org”; line 4: …" for up to three entries, then "(and N more)".
QString describeBad(const QList<std::pair<int, QString>> &bad)
{
    QStringList parts;
    for (const auto &[line, entry] : bad.mid(0, kMaxNamedErrors))
        parts << MePage::tr("line %1: “%2”").arg(line).arg(entry.left(80));
    QString text = parts.join(QStringLiteral("; "));
    if (bad.size() > kMaxNamedErrors)
        text += QLatin1Char(' ') + MePage::tr("(and %n more)", nullptr, int(bad.size() - kMaxNamedErrors));
    return text;
}

} // namespace

MePage::MePage(const AppConfig &config, QWidget *parent) : QWidget(parent)
{
    auto *addressBox = new QGroupBox(tr("Your e-mail addresses"), this);
    m_addresses = listEdit(addressBox, QStringLiteral("meAddresses"), config.myAddresses, tr("Your e-mail addresses"));
    m_addressesError = errorLabel(addressBox, QStringLiteral("meAddressesError"));
    auto *addressLayout = new QVBoxLayout(addressBox);
    addressLayout->addWidget(hintLabel(addressBox, tr("One address per line, such as ana@example.org. Mail to one of "
                                                      "them is addressed to you: it goes to Async and may notify.")));
    addressLayout->addWidget(m_addresses);
    addressLayout->addWidget(m_addressesError);

    auto *loginBox = new QGroupBox(tr("Your GitHub logins"), this);
    m_logins = listEdit(loginBox, QStringLiteral("meLogins"), config.myLogins, tr("Your GitHub logins"));
    m_loginsError = errorLabel(loginBox, QStringLiteral("meLoginsError"));
    auto *loginLayout = new QVBoxLayout(loginBox);
    loginLayout->addWidget(hintLabel(loginBox, tr("One login per line, as on github.com (octocat), for every GitHub "
                                                  "account and server. GitHub activity whose sender is one of "
                                                  "them is yours: it goes to Reference and owes no reply.")));
    loginLayout->addWidget(m_logins);
    loginLayout->addWidget(m_loginsError);

    auto *sourcesBox = new QGroupBox(tr("Known to your sources"), this);
    m_sources = new QListWidget(sourcesBox);
    m_sources->setObjectName(QStringLiteral("meSourceIdentities"));
    m_sources->setAccessibleName(tr("Addresses and logins your sources add"));
    m_sources->setSelectionMode(QAbstractItemView::NoSelection);
    m_sources->setFocusPolicy(Qt::NoFocus);
    m_sources->setMaximumHeight(m_sources->fontMetrics().lineSpacing() * 6);
    m_sourcesEmpty = hintLabel(sourcesBox, tr("No source adds addresses or logins of its own."));
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(hintLabel(sourcesBox, tr("These count as yours too, each for its own source. Change them "
                                                      "in the source's settings.")));
    sourcesLayout->addWidget(m_sources);
    sourcesLayout->addWidget(m_sourcesEmpty);
    setSources({});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(addressBox);
    layout->addWidget(loginBox);
    layout->addWidget(sourcesBox);
    layout->addStretch();

    for (QPlainTextEdit *edit : {m_addresses, m_logins}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            validate();
            Q_EMIT changed();
        });
    }
    validate();
}

void MePage::validate()
{
    QList<std::pair<int, QString>> badAddresses, badLogins;
    for (const auto &entry : entriesOf(m_addresses)) {
        if (!isAddressForm(entry.second))
            badAddresses << entry;
    }
    for (const auto &entry : entriesOf(m_logins)) {
        if (!isLoginForm(entry.second))
            badLogins << entry;
    }
    m_addressesError->setText(badAddresses.isEmpty()
                                  ? QString()
                                  : tr("Not an e-mail address (name@domain, no spaces): %1").arg(describeBad(badAddresses)));
    m_addressesError->setVisible(!badAddresses.isEmpty());
    m_loginsError->setText(badLogins.isEmpty()
                               ? QString()
                               : tr("Not a GitHub login (letters, digits and '-', at most 39, not starting with '-'): %1")
                                     .arg(describeBad(badLogins)));
    m_loginsError->setVisible(!badLogins.isEmpty());
    m_valid = badAddresses.isEmpty() && badLogins.isEmpty();
}

bool MePage::isValid() const { return m_valid; }

QStringList MePage::addresses() const { return uniqueLower(entriesOf(m_addresses)); }

QStringList MePage::logins() const { return uniqueLower(entriesOf(m_logins)); }

AppConfig MePage::applyTo(AppConfig config) const
{
    config.myAddresses = addresses();
    config.myLogins = logins();
    return config;
}

void MePage::setSources(const QList<SourceConfig> &sources)
{
    m_sources->clear();
    for (const SourceConfig &source : sources) {
        QStringList known;
        for (const QString &address : source.settings.value(QStringLiteral("addresses")).toStringList()) {
            if (!address.trimmed().isEmpty())
                known << address.trimmed();
        }
        if (const QString login = source.settings.value(QStringLiteral("login")).toString().trimmed(); !login.isEmpty())
            known << tr("GitHub login %1").arg(login);
        if (known.isEmpty())
            continue;
        // Item text is shown literally (a list item is never rich text).
        m_sources->addItem(tr("%1: %2").arg(source.name, known.join(QStringLiteral(", "))));
    }
    m_sources->setVisible(m_sources->count() > 0);
    m_sourcesEmpty->setVisible(m_sources->count() == 0);
}

} // namespace fi
