// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentsdock.h"

#include "casefilterseditor.h"
#include "precedentlistmodel.h"
#include "precedentsettings.h"
#include "sanctionchart.h"
#include "scorebardelegate.h"
#include "weightseditor.h"

#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "models/displaytext.h"
#include "services/libraryworker.h"
#include "storage/library.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// The mark combo's data for "this case's own order".
constexpr int ownOrder = -1;

struct RankRequest
{
    CaseId subject;
    CaseFilters filters;
    PrecedentWeights weights;
    int top = 20;
    bool invalidate = false;
    quint64 changes = 0; ///< the library changes it reads
};

} // namespace

/// What a ranking on the worker sends back.
struct PrecedentsDock::RankOutcome
{
    PrecedentResult result;
    QString error;
    qint64 milliseconds = 0;
    quint64 changes = 0;
    /// The filters' choices, when the profiles were read again.
    std::optional<CaseFiltersEditor::Choices> choices;
};

namespace {

/// Runs on the worker's thread.
PrecedentsDock::RankOutcome rank(LibraryWorker::State &state, const RankRequest &request)
{
    PrecedentsDock::RankOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    try {
        PrecedentRanker &ranker = state.precedentRanker();
        if (request.invalidate) {
            ranker.invalidate();
            outcome.choices = CaseFiltersEditor::choicesOf(ranker.profiles());
        }
        ranker.setWeights(request.weights);
        outcome.result = ranker.rank(request.subject, request.filters, request.top);
    } catch (const LibraryError &e) {
        outcome.error = e.message();
    }
    outcome.milliseconds = clock.elapsed();
    outcome.changes = request.changes;
    return outcome;
}

/// The factors' names; one that rests on a phrase suggestion is marked "(suggested)".
QString factorNames(const QList<Factor> &factors, const PrecedentMatch &match)
{
    QStringList names;
    for (const Factor &f : factors) {
        names.append(match.isSuggested(f.id)
                         ? PrecedentsDock::tr("%1 (suggested)").arg(f.name.toHtmlEscaped())
                         : f.name.toHtmlEscaped());
    }
    return names.isEmpty() ? PrecedentsDock::tr("none") : names.join(u", "_s);
}

} // namespace

PrecedentsDock::PrecedentsDock(QWidget *parent) : QDockWidget(tr("Precedents"), parent)
{
    setObjectName(u"precedentsDock"_s);
    m_jobs = new BackgroundJobs(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(60);
    connect(m_timer, &QTimer::timeout, this, &PrecedentsDock::refresh);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"precedentsSplitter"_s);
    splitter->addWidget(createListPart());
    splitter->addWidget(createPicturePart());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setWidget(splitter);
}

PrecedentsDock::~PrecedentsDock()
{
    delete m_jobs; // cancels, and waits for a running ranking before the widgets go
}

QWidget *PrecedentsDock::createListPart()
{
    auto *part = new QWidget(this);
    m_heading = new QLabel(part);
    m_heading->setObjectName(u"precedentsHeading"_s);
    m_heading->setWordWrap(true);
    m_filters = new CaseFiltersEditor(part);
    m_filters->setObjectName(u"precedentFilters"_s);
    m_weightsToggle = new QToolButton(part);
    m_weightsToggle->setObjectName(u"weightsToggle"_s);
    m_weightsToggle->setText(tr("Weights"));
    m_weightsToggle->setCheckable(true);
    m_weightsToggle->setChecked(true);
    m_weightsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_weightsToggle->setArrowType(Qt::DownArrow);
    m_weightsToggle->setAutoRaise(true);
    m_weights = new WeightsEditor(part);
    m_weights->setObjectName(u"precedentWeights"_s);
    m_weights->setWeights(PrecedentSettings().weights());
    connect(m_weightsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_weights->setVisible(on);
        m_weightsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_weights, &WeightsEditor::weightsChanged, this, [this](const PrecedentWeights &w) {
        PrecedentSettings().setWeights(w);
        scheduleRefresh();
    });
    connect(m_filters, &CaseFiltersEditor::filtersChanged, this, &PrecedentsDock::scheduleRefresh);

    m_model = new PrecedentListModel(this);
    m_view = new QTableView(part);
    m_view->setObjectName(u"precedentsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(PrecedentListModel::Score,
                                     new ScoreBarDelegate(PrecedentListModel::ScoreRole, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PrecedentListModel::Title, QHeaderView::Stretch);
    header->resizeSection(PrecedentListModel::Reference, 120);
    header->resizeSection(PrecedentListModel::Score, 90);
    header->resizeSection(PrecedentListModel::Outcome, 170);
    header->resizeSection(PrecedentListModel::Shared, 60);
    header->resizeSection(PrecedentListModel::Distinguishing, 60);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrecedentsDock::updateDetail);
    connect(m_view, &QTableView::doubleClicked, this, &PrecedentsDock::requestCompare);

    auto *weightsRow = new QHBoxLayout;
    weightsRow->addWidget(m_weightsToggle, 0, Qt::AlignTop);
    weightsRow->addWidget(m_weights, 1);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_filters);
    layout->addLayout(weightsRow);
    layout->addWidget(m_view, 1);
    return part;
}

QWidget *PrecedentsDock::createPicturePart()
{
    auto *part = new QWidget(this);
    m_chart = new SanctionChart(part);
    m_chart->setObjectName(u"sanctionChart"_s);
    m_mark = new QComboBox(part);
    m_mark->setObjectName(u"markSanctionCombo"_s);
    m_mark->setToolTip(tr("The order of this case to set against the precedents: its own, or "
                          "one proposed"));
    m_mark->addItem(tr("This case's order"), ownOrder);
    for (SanctionType t : enumValues<SanctionType>()) {
        if (sanctionladder::isOnLadder(t))
            m_mark->addItem(tr("Proposed: %1").arg(enumLabel(t)), static_cast<int>(t));
    }
    connect(m_mark, &QComboBox::currentIndexChanged, this, &PrecedentsDock::updateMark);
    m_position = new QLabel(part);
    m_position->setObjectName(u"sanctionPositionLabel"_s);
    m_position->setWordWrap(true);
    m_detail = new QTextBrowser(part);
    m_detail->setObjectName(u"precedentDetail"_s);
    m_detail->setOpenLinks(false);
    m_compare = new QPushButton(tr("&Compare Side by Side"), part);
    m_compare->setObjectName(u"comparePrecedentButton"_s);
    m_compare->setToolTip(tr("Open this case and the selected precedent side by side "
                             "(or double-click the precedent)"));
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, &PrecedentsDock::requestCompare);

    auto *markRow = new QHBoxLayout;
    markRow->addWidget(new QLabel(tr("Sanction picture:"), part));
    markRow->addWidget(m_mark, 1);
    auto *compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compare);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(markRow);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_position);
    layout->addWidget(m_detail, 1);
    layout->addLayout(compareRow);
    return part;
}

void PrecedentsDock::setSession(LibrarySession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_case = {};
    m_jobs->setLibraryPath(m_session ? m_session->library().path() : QString());
    ++m_changes;
    if (m_session)
        connectSession();
    m_timer->stop();
    refresh();
}

void PrecedentsDock::connectSession()
{
    LibrarySession *s = m_session;
    for (const auto signal : {&LibrarySession::caseAdded, &LibrarySession::caseChanged,
                              &LibrarySession::caseRemoved, &LibrarySession::sanctionsChanged})
        connect(s, signal, this, &PrecedentsDock::libraryChanged);
    for (const auto signal : {&LibrarySession::passageAdded, &LibrarySession::passageChanged,
                              &LibrarySession::passageRemoved})
        connect(s, signal, this, &PrecedentsDock::libraryChanged);
    connect(s, &LibrarySession::codebookChanged, this, &PrecedentsDock::libraryChanged);
    connect(s, &LibrarySession::documentReplaced, this, &PrecedentsDock::libraryChanged);
    // A dismissed suggestion no longer counts as a factor (nor one shown again).
    connect(s, &LibrarySession::suggestionsChanged, this, &PrecedentsDock::libraryChanged);
    connect(s, &LibrarySession::caseAboutToBeRemoved, this, [this](CaseId id) {
        if (id == m_case)
            setCase({});
    });
}

void PrecedentsDock::libraryChanged()
{
    ++m_changes;
    scheduleRefresh();
}

void PrecedentsDock::setCase(CaseId id)
{
    if (id == m_case)
        return;
    m_case = id;
    scheduleRefresh();
}

void PrecedentsDock::scheduleRefresh()
{
    if (!isVisible()) {
        m_dirty = true; // ranked when shown
        return;
    }
    m_timer->start();
}

bool PrecedentsDock::refreshPending() const
{
    return m_timer->isActive() || m_dirty || m_jobs->isBusy(u"rank"_s);
}

void PrecedentsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void PrecedentsDock::refresh()
{
    m_timer->stop();
    m_dirty = false;
    if (!m_session || !m_case.isValid()) {
        m_jobs->cancel(u"rank"_s); // what runs is for a case no longer shown
        showEmpty();
        return;
    }
    const RankRequest request{m_case,
                              m_filters->filters(),
                              m_weights->weights(),
                              PrecedentSettings().top(),
                              m_changes != m_changesShown,
                              m_changes};
    // A newer request replaces one waiting; the running one's result is dropped.
    m_jobs->request(
        u"rank"_s,
        [request](LibraryWorker::State &state, JobControl &) { return rank(state, request); },
        [this](const RankOutcome &outcome) { showOutcome(outcome); });
}

void PrecedentsDock::showEmpty()
{
    m_model->clear();
    m_picture = {};
    m_heading->setText(m_session ? tr("Select a case to see the precedents most like it.")
                                 : tr("No library open."));
    updateMark();
    updateDetail();
}

void PrecedentsDock::showOutcome(const RankOutcome &outcome)
{
    const CaseId keep = currentPrecedent();
    m_lastRankMs = outcome.milliseconds;
    if (outcome.choices)
        m_changesShown = std::max(m_changesShown, outcome.changes);
    if (outcome.choices)
        m_filters->setChoices(*outcome.choices);
    if (!outcome.error.isEmpty()) {
        m_model->clear();
        m_picture = {};
        m_heading->setText(outcome.error.toHtmlEscaped());
    } else {
        const PrecedentResult &result = outcome.result;
        m_model->setResult(result);
        m_picture = SanctionPicture::fromResult(result);
        QString heading = tr("Precedents of <b>%1</b>: the %2 most alike of %3 cases.")
                              .arg(result.subject.reference.toHtmlEscaped())
                              .arg(result.matches.size())
                              .arg(result.candidates);
        if (result.textUnavailable)
            heading += u" "_s + tr("(Text likeness is not available for this case.)");
        m_heading->setText(heading);
    }
    const int row = m_model->rowOf(keep);
    m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    updateMark();
    updateDetail();
}

void PrecedentsDock::updateMark()
{
    std::optional<SanctionType> marked;
    const int chosen = m_mark->currentData().toInt();
    if (chosen == ownOrder) {
        const auto &own = m_model->result().subject.sanction;
        if (own)
            marked = own->type;
    } else {
        marked = static_cast<SanctionType>(chosen);
    }
    m_chart->setPicture(m_picture, marked);
    if (m_model->rowCount() == 0)
        m_position->setText(QString());
    else if (!marked)
        m_position->setText(tr("This case has no order yet: choose a proposed one to set it "
                               "against the precedents."));
    else
        m_position->setText(m_picture.describePosition(*marked));
}

CaseId PrecedentsDock::currentPrecedent() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return CaseId(current.data(PrecedentListModel::CaseIdRole).toLongLong());
}

void PrecedentsDock::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    m_compare->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const PrecedentMatch &m = m_model->matchAt(current.row());
    const QLocale locale;
    QString html = u"<p><b>%1</b> %2<br>%3</p>"_s.arg(
        m.precedent.reference.toHtmlEscaped(), m.precedent.title.toHtmlEscaped(),
        tr("Outcome: %1")
            .arg(outcomeText(m.precedent.sanction, m.precedent.regulator).toHtmlEscaped()));
    html += u"<p>"_s
            + tr("Likeness %1 — factors %2, text %3, context %4")
                  .arg(locale.toString(m.score, 'f', 2), locale.toString(m.factorScore, 'f', 2),
                       locale.toString(m.textScore, 'f', 2),
                       locale.toString(m.contextScore, 'f', 2))
            + u"</p>"_s;
    html += u"<p><i>%1</i></p>"_s.arg(m.explanation.toHtmlEscaped());
    html += u"<p>"_s + tr("<b>Shared:</b> %1").arg(factorNames(m.shared, m)) + u"<br>"_s
            + tr("<b>Only this case:</b> %1").arg(factorNames(m.onlyInSubject, m)) + u"<br>"_s
            + tr("<b>Only the precedent:</b> %1").arg(factorNames(m.onlyInPrecedent, m))
            + u"</p>"_s;
    if (!m.suggested.isEmpty())
        html
            += u"<p>"_s
               + tr(
                   "Factors marked “suggested” rest on the codebook's phrases found in a decision, not on a tagged passage, and count less.")
               + u"</p>"_s;
    if (m.sharesAllAggravating)
        html += u"<p>"_s + tr("It has every aggravating factor of this case.") + u"</p>"_s;
    const QList<SanctionPicture::Point> &points = m_picture.points();
    if (current.row() < points.size() && points.at(current.row()).outlier)
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Breaks the pattern:"),
                                             points.at(current.row()).note.toHtmlEscaped());
    m_detail->setHtml(html);
}

void PrecedentsDock::requestCompare()
{
    const CaseId precedent = currentPrecedent();
    if (m_case.isValid() && precedent.isValid())
        Q_EMIT compareRequested(m_case, precedent);
}

} // namespace casebench::ui
