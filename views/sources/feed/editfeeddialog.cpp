#include "sources/feed/editfeeddialog.h"

#include "plaintext.h"
#include "sources/feed/feedformfields.h"
#include "sources/feed/feedkind.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fi::feed {

EditFeedDialog::EditFeedDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent)
    : QDialog(parent), m_original(existing), m_context(context), m_saveWatcher(new QFutureWatcher<bool>(this))
{
    setWindowTitle(tr("Edit Feed"));
    setObjectName(QStringLiteral("editFeedDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);

    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_url = new QLineEdit(existing.location, this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setToolTip(tr("The feed's address (http, https or a local file)"));
    m_interval = makeIntervalBox(this);
    const int minutes = existing.settings.value(QLatin1String(kIntervalSetting), kDefaultIntervalMinutes).toInt();
    m_interval->setValue(qMax(kMinIntervalMinutes, minutes));
    m_tier = makeTierBox(this);
    setTier(m_tier, defaultTierOf(existing));
    m_category = new QLineEdit(existing.settings.value(QLatin1String(kCategorySetting)).toString(), this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setPlaceholderText(tr("e.g. Work/Status"));
    m_category->setToolTip(tr("A folder for this feed (from OPML import, kept on export). Its entries carry "
                              "it as the attribute feed.category, which rules can test."));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    makePlainLabel(m_error);  // Qt::PlainText: quotes the URL and other feeds' names
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("Check for new entries &every:"), m_interval);
    form->addRow(tr("New entries &land in:"), m_tier);
    form->addRow(tr("&Category:"), m_category);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(m_error);
    root->addStretch(1);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditFeedDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditFeedDialog::reject);
    connect(m_saveWatcher, &QFutureWatcher<bool>::finished, this, &EditFeedDialog::onSaved);
    m_name->setFocus();
}

EditFeedDialog::~EditFeedDialog() { m_saveWatcher->waitForFinished(); }

SourceConfig EditFeedDialog::config() const
{
    SourceConfig c = m_original;
    const QUrl url = feedUrlFromInput(m_url->text(), nullptr);
    if (url.isValid())
        c.location = url.toString(QUrl::FullyEncoded);
    c.name = m_name->text().simplified();
    if (c.name.isEmpty())
        c.name = url.isLocalFile() ? url.fileName() : url.host();
    c.settings.insert(QLatin1String(kIntervalSetting), m_interval->value());
    c.settings.insert(QLatin1String(kTierSetting), int(tierOf(m_tier)));
    const QString category = m_category->text().trimmed();
    if (category.isEmpty())
        c.settings.remove(QLatin1String(kCategorySetting));
    else
        c.settings.insert(QLatin1String(kCategorySetting), category);
    return c;
}

void EditFeedDialog::accept()
{
    if (m_saveWatcher->isRunning())
        return;
    QString error;
    const QUrl url = feedUrlFromInput(m_url->text(), &error);
    const SourceConfig c = config();
    if (error.isEmpty()) {
        if (const SourceKind *kind = SourceRegistry::instance().kind(c.kind))
            error = kind->problems(c).join(u'\n');
    }
    if (error.isEmpty() && m_context.store) {
        for (const SourceConfig &s : m_context.store->sources())
            if (s.id != c.id && s.kind == c.kind && s.location == c.location)
                error = tr("Another feed already reads this address: “%1”.").arg(s.name);
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_url->setFocus();
        return;
    }
    if (!m_context.store) {
        QDialog::accept();
        return;
    }
    m_buttons->setEnabled(false);
    m_saveWatcher->setFuture(m_context.store->updateSource(c));
}

void EditFeedDialog::onSaved()
{
    m_buttons->setEnabled(true);
    if (!m_saveWatcher->result()) {
        m_error->setText(tr("The feed could not be saved; see the log for the database's reason."));
        m_error->show();
        return;
    }
    if (m_context.saved)
        m_context.saved(m_original.id);
    QDialog::accept();
}

} // namespace fi::feed
