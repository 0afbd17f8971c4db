#include "readingpane.h"

#include "blockedimagesbar.h"
#include "conversationstack.h"
#include "concurrency/workerpool.h"
#include "opensource.h"
#include "plaintext.h"
#include "remoteimageloader.h"
#include "safetextbrowser.h"

#include "domain/senderdisplay.h"
#include "mime/htmlsanitizer.h"
#include "sources/feed/feedkind.h"

#include <QDateTime>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

namespace {

QString formatAddress(const Address &a)
{
    if (const QString withHandle = senderHandleText(a); !withHandle.isEmpty())
        return withHandle;
    if (a.name.isEmpty())
        return a.address;
    if (a.address.isEmpty())
        return a.name;
    return ReadingPane::tr("%1 <%2>").arg(a.name, a.address);
}

QString formatAddresses(const QList<Address> &list)
{
    QStringList parts;
    for (const Address &a : list)
        parts << formatAddress(a);
    return QLocale().createSeparatedList(parts);
}

QString formatLocalTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat);
}

/// Longer HTML is cut before it is sanitized: QTextDocument needs seconds to lay out a few
/// million characters, on the GUI thread.
constexpr qint64 kMaxShownHtmlChars = 1024 * 1024;

bool isHtml(const ItemRecord::InlineContent &content)
{
    return content.mimeType.isEmpty() || content.mimeType.contains(QLatin1String("html"), Qt::CaseInsensitive);
}

/// What relative links and images of @p item's content are resolved against: the entry's own
/// page when it is an absolute http(s) URL, else the source's location (the feed URL; a file:
/// one leaves relative URLs unresolvable, so they are dropped).
QUrl contentBase(const Item &item, const std::optional<SourceConfig> &source)
{
    const QUrl page(item.record.url);
    const QString scheme = page.scheme().toLower();
    if (page.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return page;
    return source ? QUrl(source->location) : QUrl();
}

/// The source's "load images" choice (a plain settings key: only feeds ever set it).
bool imagesAllowedBy(const std::optional<SourceConfig> &source)
{
    return source && source->settings.value(QString::fromLatin1(feed::kLoadImagesSetting)).toBool();
}

} // namespace

ReadingPane::ReadingPane(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select an item to read it."), m_stack);
    makePlainLabel(empty);
    empty->setAlignment(Qt::AlignCenter);
    QPalette emptyPalette = empty->palette();
    QColor mutedText = emptyPalette.color(QPalette::WindowText);
    mutedText.setAlphaF(0.5);
    emptyPalette.setColor(QPalette::WindowText, mutedText);
    emptyPalette.setColor(QPalette::Text, mutedText); // foreground role paired with Base
    empty->setPalette(emptyPalette);
    empty->setBackgroundRole(QPalette::Base);
    empty->setAutoFillBackground(true);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    // The pane reads like paper: the text background colour behind header and body alike.
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);

    m_subject = new QLabel(page);
    makePlainLabel(m_subject);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.35);
    subjectFont.setWeight(QFont::DemiBold);
    m_subject->setFont(subjectFont);
    m_openInSource = new QToolButton(page);
    m_openInSource->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openInSource->setAutoRaise(true);
    m_openInSource->setVisible(false);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_subject, 1);
    titleRow->addWidget(m_openInSource, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    m_sample = new QLabel(tr("Sample item — part of the sample workspace."), page);
    makePlainLabel(m_sample);
    m_sample->setEnabled(false);
    layout->addWidget(m_sample);

    // Issue 18: a conversation's messages, the expanded one shown in full below.
    m_conversation = new ConversationStack(page);
    layout->addWidget(m_conversation);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    m_from = addRow(grid, 0, tr("From"));
    m_to = addRow(grid, 1, tr("To"));
    m_toName = qobject_cast<QLabel *>(grid->itemAtPosition(1, 0)->widget());
    m_date = addRow(grid, 2, tr("Date"));
    m_source = addRow(grid, 3, tr("Source"));
    m_tier = addRow(grid, 4, tr("Tier"));
    m_due = addRow(grid, 5, tr("Due"));
    m_why = addRow(grid, 6, tr("Why"));
    m_whyName = qobject_cast<QLabel *>(grid->itemAtPosition(6, 0)->widget());
    m_why->setObjectName(QStringLiteral("whyHere"));
    m_why->setAccessibleName(tr("Why is this here?"));
    m_whyName->setToolTip(tr("Why is this here? The rule that placed the item and how its deadline is counted"));
    m_why->setVisible(false);
    m_whyName->setVisible(false);
    layout->addLayout(grid);

    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    layout->addWidget(line);

    m_imagesBar = new BlockedImagesBar(page);
    layout->addWidget(m_imagesBar);
    m_images = new RemoteImageLoader(this);

    m_body = new SafeTextBrowser(page);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setTabChangesFocus(true);
    m_body->setFocusPolicy(Qt::ClickFocus);
    m_body->setAccessibleName(tr("Message body"));
    m_body->document()->setDocumentMargin(0);
    layout->addWidget(m_body, 1);
    m_stack->addWidget(page);

    connect(m_conversation, &ConversationStack::expanded, this, [this](const Item &message) { showItem(message); });
    connect(m_conversation, &ConversationStack::leaveRequested, this, &ReadingPane::leaveRequested);
    connect(m_imagesBar, &BlockedImagesBar::loadRequested, this, &ReadingPane::allowImagesOfCurrentSource);
    connect(m_images, &RemoteImageLoader::imageLoaded, m_body, &SafeTextBrowser::addFetchedImage);
}

ReadingPane::~ReadingPane()
{
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

QLabel *ReadingPane::addRow(QGridLayout *grid, int row, const QString &label)
{
    auto *name = new QLabel(label, this);
    makePlainLabel(name);
    name->setEnabled(false); // muted, palette-aware
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makePlainLabel(value);
    value->setWordWrap(true);
    grid->addWidget(name, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void ReadingPane::setBodyLoader(BodyLoader loader)
{
    m_loader = std::move(loader);
    if (m_item)
        loadBody();
}

void ReadingPane::setContentReader(ContentReader reader)
{
    m_content = std::move(reader);
    if (m_item)
        loadBody();
}

void ReadingPane::setSourceAccess(SourceReader reader, SourceWriter writer)
{
    m_sourceReader = std::move(reader);
    m_sourceWriter = std::move(writer);
    if (m_item)
        loadBody();
}

int ReadingPane::blockedImageCount() const
{
    return m_imagesBar->isVisibleTo(this) ? m_imagesBar->blockedCount() : 0;
}

void ReadingPane::allowImagesOfCurrentSource()
{
    if (!m_item)
        return;
    const qint64 sourceId = m_item->sourceId;
    m_imagesAllowedSources.insert(sourceId);
    if (m_sourceReader && m_sourceWriter) {
        if (std::optional<SourceConfig> config = m_sourceReader(sourceId)) {
            config->settings.insert(QString::fromLatin1(feed::kLoadImagesSetting), true);
            m_sourceWriter(*config);
        }
    }
    m_imagesBar->setBlockedCount(0);
    loadBody();
}

void ReadingPane::setOpenInSourceAction(QAction *action)
{
    m_openInSource->setDefaultAction(action);
    m_openInSource->setVisible(action && m_item && !sourceUrl(m_item->record).isEmpty());
}

void ReadingPane::setItem(const std::optional<Item> &item)
{
    m_conversation->clearMessages();
    showItem(item);
}

void ReadingPane::setConversation(const QList<Item> &messages)
{
    if (messages.size() < 2) {
        setItem(messages.isEmpty() ? std::nullopt : std::optional<Item>(messages.first()));
        return;
    }
    // The same conversation again (a reload, a new message): the message the user expanded stays expanded.
    const bool same = m_conversation->conversationId() == messages.first().conversationId;
    m_conversation->setMessages(messages, same ? m_conversation->expandedId() : 0);
}

bool ReadingPane::focusConversation()
{
    if (!m_conversation->isVisibleTo(this))
        return false;
    m_conversation->setFocus(Qt::OtherFocusReason);
    return true;
}

ConversationStack *ReadingPane::conversationStack() const
{
    return m_conversation;
}

void ReadingPane::showItem(const std::optional<Item> &item)
{
    const bool sameItem = item && m_item && item->id == m_item->id;
    m_item = item;
    if (!item) {
        ++m_generation;
        m_images->abort();
        m_imagesBar->setBlockedCount(0);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const ItemRecord &rec = item->record;
    m_subject->setText(rec.subject.isEmpty() ? tr("(no subject)") : rec.subject);
    m_sample->setVisible(rec.sample);
    const QUrl url = sourceUrl(rec);
    m_openInSource->setVisible(m_openInSource->defaultAction() && !url.isEmpty());
    m_openInSource->setToolTip(url.isEmpty() ? QString() : plainToolTip(url.toDisplayString()));
    m_from->setText(formatAddress(rec.from));
    m_to->setText(formatAddresses(rec.to + rec.cc));
    // Items that are not mail (a feed entry) have no recipients: no empty "To" row.
    const bool hasRecipients = !rec.to.isEmpty() || !rec.cc.isEmpty();
    m_to->setVisible(hasRecipients);
    m_toName->setVisible(hasRecipients);
    m_date->setText(formatLocalTime(rec.receivedMs));
    m_source->setText(rec.folder.isEmpty() ? item->sourceName
                                           : tr("%1 — %2").arg(item->sourceName, rec.folder));
    m_tier->setText(item->tierReason.isEmpty()
                        ? tierDisplayName(item->tier)
                        : tr("%1 · %2").arg(tierDisplayName(item->tier), item->tierReason));
    refreshDue();
    showWhy();
    if (!sameItem) {
        m_images->abort();
        m_imagesBar->setBlockedCount(0);
        m_body->showPlainText(rec.snippet);
        loadBody();
    }
}

void ReadingPane::refreshDue()
{
    if (!m_item)
        return;
    if (!m_item->dueMs) {
        m_due->setText(tr("No reply expected"));
        m_due->setToolTip(QString());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString text = m_item->state == ItemState::Done
        ? tr("was due %1").arg(m_dueFormatter.localTime(*m_item->dueMs))
        : m_dueFormatter.dueText(*m_item, now);
    m_due->setText(text);
    m_due->setToolTip(plainToolTip(m_dueFormatter.toolTip(*m_item)));
}

void ReadingPane::setDueFormatter(DueFormatter formatter)
{
    m_dueFormatter = std::move(formatter);
    refreshDue();
}

void ReadingPane::setExplainer(ItemExplainer explainer)
{
    m_explainer = std::move(explainer);
    showWhy();
}

void ReadingPane::showWhy()
{
    const QString why = m_item ? m_explainer.explain(*m_item).full() : QString();
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty());
    m_whyName->setVisible(!why.isEmpty());
}

QString ReadingPane::whyText() const
{
    return m_why->isVisibleTo(this) ? m_why->text() : QString();
}

QString ReadingPane::bodyText() const
{
    return m_body->toPlainText();
}

void ReadingPane::loadBody()
{
    const quint64 generation = ++m_generation;
    if ((!m_loader && !m_content) || !m_item)
        return;
    const Item item = *m_item;
    const BodyLoader loader = m_loader;
    const ContentReader content = m_content;
    const SourceReader sources = m_sourceReader;
    const bool allowedHere = m_imagesAllowedSources.contains(item.sourceId);
    auto *watcher = new QFutureWatcher<std::optional<LoadedBody>>(this);
    connect(watcher, &QFutureWatcher<std::optional<LoadedBody>>::finished, this,
            [this, watcher, generation, id = item.id] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const std::optional<LoadedBody> body = watcher->result();
                if (body)
                    showLoadedBody(*body);
                else
                    m_body->showPlainText(tr("%1\n\n(The full message could not be read.)")
                                              .arg(m_item ? m_item->record.snippet : QString()));
                Q_EMIT bodyLoaded(id, body.has_value());
            });
    watcher->setFuture(QtConcurrent::run(workerPool(), [loader, content, sources, allowedHere,
                                          item]() -> std::optional<LoadedBody> {
        // Content the kind delivered with the item is shown instead of asking its source.
        if (content) {
            if (const std::optional<ItemRecord::InlineContent> stored = content(item.id)) {
                if (!isHtml(*stored))
                    return LoadedBody{stored->body, false, {}, false};
                const std::optional<SourceConfig> source = sources ? sources(item.sourceId) : std::nullopt;
                mime::SanitizeOptions options;
                options.baseUrl = contentBase(item, source);
                options.allowRemoteImages = allowedHere || imagesAllowedBy(source);
                options.maxInputChars = kMaxShownHtmlChars;
                const mime::SanitizedHtml safe = mime::sanitizeHtml(stored->body, options);
                return LoadedBody{safe.html, true, safe.remoteImages, options.allowRemoteImages};
            }
        }
        if (!loader)
            return std::nullopt;
        const std::optional<QString> text = loader(item);
        return text ? std::optional<LoadedBody>(LoadedBody{*text, false, {}, false}) : std::nullopt;
    }));
}

void ReadingPane::showLoadedBody(const LoadedBody &body)
{
    m_images->abort();
    if (!body.rich) {
        m_imagesBar->setBlockedCount(0);
        m_body->showPlainText(body.text);
        return;
    }
    m_body->showSanitizedHtml(body.text, body.imagesAllowed ? body.images : QList<QUrl>());
    m_imagesBar->setBlockedCount(body.imagesAllowed ? 0 : int(body.images.size()));
    if (body.imagesAllowed && !body.images.isEmpty())
        m_images->fetch(body.images);
}

} // namespace fi
