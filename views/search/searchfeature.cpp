#include "search/searchfeature.h"

#include "inboxlistview.h"
#include "inboxmodel.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "search/savedsearchcounts.h"
#include "search/searchfield.h"
#include "search/searchquery.h"
#include "tiersidebar.h"

#include <QAction>
#include <QBoxLayout>
#include <QInputDialog>
#include <QStatusBar>

namespace fi {

namespace {
constexpr int kStatusMs = 8000;
} // namespace

SearchFeature::SearchFeature(MainWindow &window, ItemStore *store, QBoxLayout *listColumn)
    : QObject(&window), m_window(window), m_field(new SearchField(&window)),
      m_counts(new SavedSearchCounts(store, this))
{
    listColumn->insertWidget(0, m_field);
    InboxModel *model = window.inboxModel();
    TierSidebar *sidebar = window.sidebar();

    connect(window.actions().search, &QAction::triggered, this, &SearchFeature::focusSearch);
    connect(m_field, &SearchField::searchChanged, this, &SearchFeature::applySearch);
    connect(m_field, &SearchField::leaveRequested, this, &SearchFeature::endSearch);
    connect(m_field, &SearchField::resultsRequested, this, &SearchFeature::goToResults);
    connect(m_field, &SearchField::saveRequested, this, &SearchFeature::askToSaveSearch);
    connect(model, &InboxModel::loaded, this, [this, model] {
        if (!m_active)
            return;
        m_field->setResultCount(model->rowCount());
        if (m_wantResults && !model->isBusy())
            selectFirstResult();
    });
    // Choosing a view ends the search: the view is shown as it is, not filtered by hidden text.
    connect(sidebar, &TierSidebar::currentViewChanged, this, [this] {
        if (m_active && !m_ending) {
            m_ending = true;
            m_field->setText(QString());
            m_ending = false;
        }
    });
    connect(sidebar, &TierSidebar::savedSearchActivated, this, &SearchFeature::runSavedSearch);
    connect(sidebar, &TierSidebar::savedSearchDeleteRequested, this, &SearchFeature::deleteSavedSearch);
    connect(m_counts, &SavedSearchCounts::countsChanged, this, &SearchFeature::showCounts);
}

SearchFeature::~SearchFeature() = default;

void SearchFeature::focusSearch()
{
    m_field->focusField();
}

void SearchFeature::setSearchText(const QString &text)
{
    m_field->setText(text);
}

void SearchFeature::endSearch()
{
    m_wantResults = false;
    m_field->setText(QString());
    m_window.itemList()->setFocus(Qt::OtherFocusReason);
}

void SearchFeature::applySearch(const QString &text)
{
    SearchContext context;
    context.zone = m_window.appConfig().workingHours.timeZone();
    const bool active = !text.isEmpty() && !parseSearch(text, context).isEmpty();
    m_active = active;
    if (!active)
        m_wantResults = false;
    m_window.inboxModel()->setSearch(active ? text : QString());
    m_window.sidebar()->setSearchActive(active, activeSavedSearch());
    m_field->setResultCount(-1);
}

void SearchFeature::goToResults()
{
    if (!m_active) {
        m_window.itemList()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_window.inboxModel()->isBusy())
        m_wantResults = true;  // once loaded
    else
        selectFirstResult();
}

void SearchFeature::selectFirstResult()
{
    m_wantResults = false;
    InboxListView *list = m_window.itemList();
    InboxModel *model = m_window.inboxModel();
    list->setFocus(Qt::OtherFocusReason);
    if (model->rowCount() > 0)
        list->selectItemId(model->itemAt(0).id);
}

int SearchFeature::activeSavedSearch() const
{
    if (!m_active)
        return -1;
    const QString shown = m_field->searchedText();
    for (int i = 0; i < m_saved.size(); ++i) {
        if (m_saved.at(i).query == shown)
            return i;
    }
    return -1;
}

void SearchFeature::setSavedSearchesPath(const QString &path)
{
    m_path = path;
    QString error;
    m_saved = loadSavedSearches(path, &error);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        status(error);
    }
    savedChanged();
}

bool SearchFeature::saveSearch(const QString &name)
{
    const QString query = m_field->searchedText();
    const QString normalized = normalizedSavedSearchName(name);
    if (!m_active || query.isEmpty() || normalized.isEmpty())
        return false;
    const int existing = indexOfSavedSearch(m_saved, normalized);
    if (existing >= 0)
        m_saved[existing].query = query;  // same name: the newer query (the name keeps its place)
    else
        m_saved.append({normalized, query});
    persist();
    savedChanged();
    status(existing >= 0 ? tr("Saved search “%1” now searches “%2”").arg(normalized, query)
                         : tr("Saved search “%1”").arg(normalized));
    return true;
}

void SearchFeature::askToSaveSearch()
{
    if (!m_active) {
        status(tr("Type a search first, then save it"));
        return;
    }
    const QString query = m_field->searchedText();
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("saveSearchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save search"));
    dialog->setLabelText(tr("Name in the sidebar:"));  // no user text in this (rich-text capable) label
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(normalizedSavedSearchName(query));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, query](const QString &name) {
        if (m_field->searchedText() != query)
            setSearchText(query);  // the search changed meanwhile: save the one the user named
        if (!saveSearch(name))
            status(tr("A saved search needs a name"));
    });
    dialog->open();
}

void SearchFeature::runSavedSearch(int index)
{
    if (index < 0 || index >= m_saved.size())
        return;
    m_field->setText(m_saved.at(index).query);
    goToResults();
}

void SearchFeature::deleteSavedSearch(int index)
{
    if (index < 0 || index >= m_saved.size())
        return;
    const QString name = m_saved.takeAt(index).name;
    persist();
    savedChanged();
    status(tr("Deleted saved search “%1”").arg(name));
}

void SearchFeature::savedChanged()
{
    QStringList names;
    QStringList queries;
    for (const SavedSearch &search : std::as_const(m_saved)) {
        names << search.name;
        queries << search.query;
    }
    m_window.sidebar()->setSavedSearches(names);
    if (m_active)
        m_window.sidebar()->setSearchActive(true, activeSavedSearch());
    m_counts->setTimeZone(m_window.appConfig().workingHours.timeZone());
    m_counts->setQueries(queries);
    Q_EMIT savedSearchesChanged();
}

void SearchFeature::persist()
{
    if (m_path.isEmpty())
        return;
    QString error;
    if (!saveSavedSearches(m_path, m_saved, &error))
        status(tr("Could not save the saved searches: %1").arg(error));
}

void SearchFeature::showCounts()
{
    const QList<int> &counts = m_counts->counts();
    for (int i = 0; i < counts.size(); ++i)
        m_window.sidebar()->setSavedSearchCount(i, counts.at(i));
}

void SearchFeature::status(const QString &message)
{
    m_window.statusBar()->showMessage(message, kStatusMs);
}

} // namespace fi
