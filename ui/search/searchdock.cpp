// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdock.h"

#include "richtextdelegate.h"
#include "searchresultmodel.h"

#include "analysis/caseprofile.h"
#include "analysis/librarysearch.h"
#include "commands/librarysession.h"
#include "fieldmessage.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "precedents/casefilterseditor.h"
#include "services/libraryworker.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

constexpr int resultLimit = 50;

/// "DEMO-HCPC-001, Final hearing decision, ¶ 27, Decision on sanction": the case, the
/// document and, for a hit in the text, the paragraph and stage (from the stored outline, or
/// one detected from the text). Runs on the worker's thread.
QString citation(LibraryWorker::State &state, const SearchHit &hit)
{
    QString text = u"%1, %2"_s.arg(hit.caseReference, hit.documentTitle);
    if (hit.offset < 0)
        return text;
    auto it = state.outlines.find(hit.document);
    if (it == state.outlines.end()) {
        Library &library = state.open();
        Outline outline;
        try {
            OutlineRepository &outlines = library.outlines();
            outline = outlines.outline(hit.document);
            if (outline.paragraphs().isEmpty()) {
                if (const auto d = library.documents().find(hit.document))
                    outline = OutlineDetector::detect(d->text, outlines.pageStarts(hit.document));
            }
        } catch (const LibraryError &) {
            // Without a stored outline the citation is the document alone.
        }
        it = state.outlines.insert(hit.document, outline);
    }
    if (it->paragraphs().isEmpty())
        return text;
    return text + u", "_s + it->citationAt(hit.offset).toString();
}

} // namespace

struct SearchDock::Outcome
{
    SearchResult result;
    QStringList citations;
    QString error;
    std::optional<CaseFiltersEditor::Choices> choices;
};

SearchDock::SearchDock(QWidget *parent) : QDockWidget(tr("Search"), parent)
{
    setObjectName(u"searchDock"_s);
    m_jobs = new BackgroundJobs(this);
    auto *content = new QWidget(this);
    m_query = new QLineEdit(content);
    m_query->setObjectName(u"searchQueryField"_s);
    m_query->setPlaceholderText(tr("Words, \"a phrase\", prefix*, AND / OR / NOT"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Full-text search of every decision in the library (FTS5 syntax): "
                           "words side by side must all occur; \"quotes\" make a phrase; "
                           "word* matches the words it begins; AND, OR and NOT in capitals."));
    m_message = new FieldMessage(content);
    m_message->setObjectName(u"searchQueryMessage"_s);
    m_filters = new CaseFiltersEditor(content);
    m_filters->setObjectName(u"searchFilters"_s);
    m_count = new QLabel(content);
    m_count->setObjectName(u"searchCountLabel"_s);
    m_model = new SearchResultModel(this);
    m_view = new QListView(content);
    m_view->setObjectName(u"searchResultsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RichTextDelegate(SearchResultModel::HtmlRole, m_view));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_message);
    layout->addWidget(m_filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(350);
    connect(m_timer, &QTimer::timeout, this, &SearchDock::search);
    connect(m_query, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::search);
    connect(m_filters, &CaseFiltersEditor::filtersChanged, this, &SearchDock::search);
    connect(m_view, &QListView::activated, this, &SearchDock::activate);
    connect(m_view, &QListView::doubleClicked, this, &SearchDock::activate);
    search();
}

SearchDock::~SearchDock()
{
    delete m_jobs; // cancels, and waits for a running search before the widgets go
}

void SearchDock::setSession(LibrarySession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_jobs->setLibraryPath(m_session ? m_session->library().path() : QString());
    if (m_session) {
        connect(m_session, &LibrarySession::documentReplaced, this, [this](DocumentId id) {
            m_jobs->worker().run([id](LibraryWorker::State &state) { state.outlines.remove(id); });
        });
        // The filters' choices are read on the worker too: a large library has many cases.
        m_jobs->request(
            u"choices"_s,
            [](LibraryWorker::State &state, JobControl &) {
                try {
                    return CaseFiltersEditor::choicesOf(CaseProfile::loadAll(state.open()));
                } catch (const LibraryError &) {
                    return CaseFiltersEditor::Choices();
                }
            },
            [this](const CaseFiltersEditor::Choices &choices) { m_filters->setChoices(choices); });
    }
    search();
}

void SearchDock::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool SearchDock::searchPending() const
{
    return m_timer->isActive() || m_jobs->isBusy(u"search"_s);
}

void SearchDock::search()
{
    m_timer->stop();
    const QString query = m_query->text().trimmed();
    if (!m_session || query.isEmpty()) {
        m_jobs->cancel(u"search"_s); // what runs is for a query no longer asked
        m_model->clear();
        m_message->clearMessage();
        m_count->setText(m_session ? tr("Type words to search every decision in the library.")
                                   : tr("No library open."));
        return;
    }
    const CaseFilters filters = m_filters->filters();
    // A newer query replaces one waiting; the running one's result is dropped.
    m_jobs->request(
        u"search"_s,
        [query, filters](LibraryWorker::State &state, JobControl &) {
            Outcome outcome;
            try {
                LibrarySearch searcher(state.open());
                outcome.result = searcher.search(query, filters, resultLimit);
                for (const SearchHit &hit : std::as_const(outcome.result.hits))
                    outcome.citations.append(citation(state, hit));
            } catch (const LibraryError &e) {
                // A malformed query comes back as InvalidQuery with a sentence naming the
                // problem in the query, never SQL.
                outcome.error = e.message();
            }
            return outcome;
        },
        [this](const Outcome &outcome) { showOutcome(outcome); });
}

void SearchDock::showOutcome(const Outcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        m_model->clear();
        m_count->clear();
        m_message->showError(outcome.error);
        return;
    }
    const SearchResult &result = outcome.result;
    m_model->setHits(result.hits, outcome.citations);
    m_message->clearMessage();
    const int total = result.total >= 0 ? result.total : static_cast<int>(result.hits.size());
    if (total == 0)
        m_count->setText(tr("No document matches."));
    else if (total == 1)
        m_count->setText(tr("1 document matches."));
    else if (total > result.hits.size())
        m_count->setText(
            tr("%1 documents match; the best %2 are shown.").arg(total).arg(result.hits.size()));
    else
        m_count->setText(tr("%1 documents match.").arg(total));
}

void SearchDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchHit &hit = m_model->hitAt(index.row());
    int start = -1;
    int end = -1;
    if (!hit.snippetFromTitle && hit.offset >= 0) {
        start = hit.offset;
        end = hit.offset;
        if (!hit.highlights.isEmpty()) {
            start += hit.highlights.constFirst().first;
            end = start + hit.highlights.constFirst().second;
        }
    }
    Q_EMIT hitActivated(hit.caseId, hit.document, start, end);
}

} // namespace casebench::ui
