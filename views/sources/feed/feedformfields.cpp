#include "sources/feed/feedformfields.h"

#include "sources/feed/feedkind.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSpinBox>

namespace fi::feed {

QSpinBox *makeIntervalBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QStringLiteral("interval"));
    box->setRange(kMinIntervalMinutes, 7 * 24 * 60);
    box->setValue(kDefaultIntervalMinutes);
    box->setSingleStep(5);
    box->setSuffix(QCoreApplication::translate("fi::feed::FeedForm", " min"));
    box->setToolTip(QCoreApplication::translate("fi::feed::FeedForm", "How often to look for new entries, in minutes (at least %1). A feed that asks "
                       "for longer pauses gets them.")
                        .arg(kMinIntervalMinutes));
    return box;
}

QComboBox *makeTierBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("tier"));
    for (Tier t : {Tier::Reference, Tier::Async, Tier::Now})
        box->addItem(tierDisplayName(t), int(t));
    box->setToolTip(QCoreApplication::translate("fi::feed::FeedForm", "Where new entries land when no rule places them. Feeds have no reply "
                       "deadline; a rule can still lift single entries (a status page to Now)."));
    return box;
}

void setTier(QComboBox *box, Tier tier)
{
    const int index = box->findData(int(tier));
    box->setCurrentIndex(index < 0 ? 0 : index);
}

Tier tierOf(const QComboBox *box)
{
    const int value = box->currentData().toInt();
    return isValidTier(value) ? Tier(value) : Tier::Reference;
}

QUrl feedUrlFromInput(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::feed::FeedForm", "Enter the address of a feed or of a web page.");
        return {};
    }
    const QUrl url = QUrl::fromUserInput(trimmed);
    const QString scheme = url.scheme();
    const bool web = (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    const bool file = scheme == u"file" && !url.toLocalFile().isEmpty();
    if (!url.isValid() || !(web || file)) {
        if (error)
            *error = QCoreApplication::translate("fi::feed::FeedForm", "“%1” is not a web address. Feeds are read over http or https, or from a local file.")
                         .arg(trimmed);
        return {};
    }
    return url;
}

} // namespace fi::feed
