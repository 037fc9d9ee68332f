// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include "comparepane.h"
#include "factortablemodel.h"

#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "services/libraryworker.h"
#include "storage/library.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QString passageCount(qsizetype n)
{
    if (n == 0)
        return CompareWindow::tr("no passage");
    return n == 1 ? CompareWindow::tr("1 passage") : CompareWindow::tr("%1 passages").arg(n);
}

} // namespace

CompareWindow::CompareWindow(LibrarySession *session, QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_session(session)
{
    setObjectName(u"compareWindow"_s);
    setWindowTitle(tr("Compare Cases"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_leftPane = new ComparePane(this);
    m_leftPane->setObjectName(u"leftComparePane"_s);
    m_rightPane = new ComparePane(this);
    m_rightPane->setObjectName(u"rightComparePane"_s);
    m_factorModel = new FactorTableModel(this);
    m_factorView = new QTreeView(this);
    m_factorView->setObjectName(u"compareFactorView"_s);
    m_factorView->setModel(m_factorModel);
    m_factorView->setUniformRowHeights(true);
    m_factorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factorView->setAlternatingRowColors(true);
    // The presence columns are narrow ("✓ 2"); the factor names get the rest.
    QHeaderView *header = m_factorView->header();
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideMiddle);
    header->setSectionResizeMode(FactorTableModel::FactorColumn, QHeaderView::Stretch);
    const int presenceWidth = fontMetrics().horizontalAdvance(u"DEMO-SWE-0000"_s);
    for (const int column : {FactorTableModel::LeftColumn, FactorTableModel::RightColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, presenceWidth);
    }
    m_factorView->setMinimumWidth(3 * presenceWidth);
    connect(m_factorView, &QTreeView::clicked, this, &CompareWindow::factorActivated);
    connect(m_factorView, &QTreeView::activated, this, &CompareWindow::factorActivated);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->addWidget(m_leftPane);
    splitter->addWidget(m_factorView);
    splitter->addWidget(m_rightPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({560, 380, 560});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createHeader());
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createActions();

    connect(m_leftPane->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { paneScrolled(m_leftPane, m_rightPane); });
    connect(m_rightPane->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { paneScrolled(m_rightPane, m_leftPane); });
    connect(m_leftPane, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { paneCursorMoved(m_leftPane); });
    connect(m_rightPane, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { paneCursorMoved(m_rightPane); });

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, [this] {
        if (m_comparison.left().id.isValid())
            requestComparison(m_comparison.left().id, m_comparison.right().id);
    });
    m_jobs = new BackgroundJobs(this);
    if (m_session) {
        m_jobs->setLibraryPath(m_session->library().path());
        for (const auto signal : {&LibrarySession::caseChanged, &LibrarySession::sanctionsChanged})
            connect(m_session, signal, this, &CompareWindow::libraryChanged);
        for (const auto signal : {&LibrarySession::passageAdded, &LibrarySession::passageChanged,
                                  &LibrarySession::passageRemoved})
            connect(m_session, signal, this, &CompareWindow::libraryChanged);
        connect(m_session, &LibrarySession::codebookChanged, this, &CompareWindow::libraryChanged);
        connect(m_session, &LibrarySession::documentReplaced, this, &CompareWindow::libraryChanged);
        connect(m_session, &LibrarySession::caseAboutToBeRemoved, this, [this](CaseId id) {
            if (id == m_comparison.left().id || id == m_comparison.right().id)
                close();
        });
    }
    resize(1400, 860);
}

CompareWindow::~CompareWindow()
{
    delete m_jobs; // cancels, and waits for a running comparison before the widgets go
}

void CompareWindow::createActions()
{
    m_swap = new QAction(tr("&Swap Sides"), this);
    m_swap->setObjectName(u"actionSwapSides"_s);
    m_swap->setIcon(QIcon::fromTheme(u"object-flip-horizontal"_s,
                                     style()->standardIcon(QStyle::SP_BrowserReload)));
    m_swap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_swap->setStatusTip(tr("Exchange the two cases' sides (Ctrl+Shift+X)"));
    connect(m_swap, &QAction::triggered, this, &CompareWindow::swapSides);
    addAction(m_swap);
    auto *close = new QAction(tr("&Close"), this);
    close->setObjectName(u"actionCloseCompare"_s);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

QWidget *CompareWindow::createHeader()
{
    auto *header = new QWidget(this);
    m_leftHeader = new QLabel(header);
    m_leftHeader->setObjectName(u"leftCompareHeader"_s);
    m_rightHeader = new QLabel(header);
    m_rightHeader->setObjectName(u"rightCompareHeader"_s);
    for (QLabel *label : {m_leftHeader, m_rightHeader}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *swap = new QToolButton(header);
    swap->setObjectName(u"swapSidesButton"_s);
    swap->setText(tr("⇄ Swap"));
    swap->setToolTip(tr("Exchange the two cases' sides (Ctrl+Shift+X)"));
    connect(swap, &QToolButton::clicked, this, &CompareWindow::swapSides);
    auto *layout = new QGridLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftHeader, 0, 0);
    layout->addWidget(swap, 0, 1, Qt::AlignCenter);
    layout->addWidget(m_rightHeader, 0, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    return header;
}

bool CompareWindow::compare(CaseId left, CaseId right)
{
    if (!m_session) {
        showFailure(tr("No library is open."));
        return false;
    }
    try {
        display(CaseComparison::compare(m_session->library(), left, right));
        return true;
    } catch (const LibraryError &e) {
        showFailure(e.message());
        return false;
    }
}

void CompareWindow::requestComparison(CaseId left, CaseId right)
{
    if (!m_session) {
        showFailure(tr("No library is open."));
        Q_EMIT comparisonFinished(false);
        return;
    }
    statusBar()->showMessage(tr("Comparing…"));
    m_jobs->request(
        u"compare"_s,
        [left, right](LibraryWorker::State &state, JobControl &) {
            return CaseComparison::compare(state.open(), left, right);
        },
        [this](const CaseComparison &comparison) {
            statusBar()->clearMessage();
            display(comparison);
            Q_EMIT comparisonFinished(true);
        },
        [this](const QString &message) {
            showFailure(message);
            Q_EMIT comparisonFinished(false);
        });
}

bool CompareWindow::comparing() const
{
    return m_jobs->isBusy(u"compare"_s);
}

void CompareWindow::showFailure(const QString &message)
{
    display(CaseComparison());
    m_leftHeader->setText(message.toHtmlEscaped());
    statusBar()->showMessage(message);
}

void CompareWindow::swapSides()
{
    const FactorId factor = m_factor;
    display(m_comparison.swapped());
    if (factor.isValid())
        goToFactor(factor);
}

QString CompareWindow::headerText(const CaseProfile &p) const
{
    if (!p.id.isValid())
        return {};
    QStringList grounds;
    for (StatutoryGround g : p.grounds)
        grounds.append(enumLabel(g));
    QString html = u"<b>%1</b> %2<br>"_s.arg(p.reference.toHtmlEscaped(), p.title.toHtmlEscaped());
    html += tr("%1 · %2 · %3")
                .arg(enumLabel(p.regulator), p.profession.toHtmlEscaped(),
                     p.year > 0 ? QString::number(p.year) : tr("year unknown"));
    html += u"<br>"_s
            + tr("<b>Outcome:</b> %1").arg(outcomeText(p.sanction, p.regulator).toHtmlEscaped());
    html += u"<br>"_s
            + tr("<b>Facts:</b> %1 · <b>Grounds:</b> %2 · <b>Impairment:</b> %3")
                  .arg(enumLabel(p.factsFinding),
                       grounds.isEmpty() ? tr("none recorded") : grounds.join(u", "_s),
                       enumLabel(p.impairment));
    return html;
}

void CompareWindow::display(const CaseComparison &comparison)
{
    m_comparison = comparison;
    m_factor = {};
    m_syncing = true;
    m_factorModel->setComparison(comparison);
    m_factorView->expandAll();
    m_leftPane->setDocuments(comparison.leftDocuments());
    m_rightPane->setDocuments(comparison.rightDocuments());
    QList<CaseComparison::Span> left;
    QList<CaseComparison::Span> right;
    for (const CaseComparison::LinkedPassage &link : comparison.links()) {
        left.append(link.left);
        right.append(link.right);
    }
    m_leftPane->setLinks(left);
    m_rightPane->setLinks(right);
    m_syncing = false;
    m_leftHeader->setText(headerText(comparison.left()));
    m_rightHeader->setText(headerText(comparison.right()));
    if (comparison.left().id.isValid()) {
        setWindowTitle(tr("%1 and %2 — Compare Cases")
                           .arg(comparison.left().reference, comparison.right().reference));
        const auto factors = comparison.rows().size();
        const auto links = comparison.links().size();
        statusBar()->showMessage(
            (factors == 1 ? tr("1 factor in the table")
                          : tr("%1 factors in the table").arg(factors))
            + u"; "_s
            + (links == 1 ? tr("1 pair of passages that say nearly the same")
                          : tr("%1 pairs of passages that say nearly the same").arg(links)));
    }
}

void CompareWindow::paneScrolled(ComparePane *from, ComparePane *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    to->setScrollFraction(from->scrollFraction());
    m_syncing = false;
}

void CompareWindow::paneCursorMoved(ComparePane *from)
{
    if (m_syncing)
        return;
    const int link = from->linkAt(from->textCursor().position());
    if (link < 0 || link >= m_comparison.links().size())
        return;
    const CaseComparison::LinkedPassage &linked = m_comparison.links().at(link);
    ComparePane *other = from == m_leftPane ? m_rightPane : m_leftPane;
    const auto range = other->rangeOf(from == m_leftPane ? linked.right : linked.left);
    if (!range)
        return;
    m_syncing = true;
    other->showRange(range->first, range->second);
    m_syncing = false;
    statusBar()->showMessage(
        tr("Linked passage: %1 alike.").arg(QLocale().toString(linked.similarity, 'f', 2)));
}

void CompareWindow::factorActivated(const QModelIndex &index)
{
    if (const CaseComparison::FactorRow *row = m_factorModel->rowAt(index))
        goToFactor(row->factor.id);
}

void CompareWindow::goToFactor(FactorId factor)
{
    const QModelIndex index = m_factorModel->indexOf(factor);
    const CaseComparison::FactorRow *row = m_factorModel->rowAt(index);
    if (!row)
        return;
    m_factor = factor;
    if (m_factorView->currentIndex().siblingAtColumn(0) != index)
        m_factorView->setCurrentIndex(index);
    const QColor colour = row->factor.colour.isValid()
                              ? row->factor.colour
                              : defaultCategoryColour(row->factor.category);
    m_syncing = true; // each pane goes to its own passage, not where the other scrolled
    const auto place = [&](ComparePane *pane, const QList<Passage> &passages) {
        QList<std::pair<int, int>> ranges;
        for (const Passage &p : passages) {
            if (p.orphaned)
                continue;
            const int start = pane->positionOf(p.document, p.start);
            const int end = pane->positionOf(p.document, p.end);
            if (start >= 0 && end >= start)
                ranges.append({start, end});
        }
        pane->setMarked(ranges, colour);
        if (!ranges.isEmpty())
            pane->showRange(ranges.constFirst().first, ranges.constFirst().second);
    };
    place(m_leftPane, row->left);
    place(m_rightPane, row->right);
    m_syncing = false;
    statusBar()->showMessage(tr("%1: %2 on the left, %3 on the right.")
                                 .arg(row->factor.name, passageCount(row->left.size()),
                                      passageCount(row->right.size())));
}

void CompareWindow::libraryChanged()
{
    m_reload->start();
}

} // namespace casebench::ui
