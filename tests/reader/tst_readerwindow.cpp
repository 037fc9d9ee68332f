// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/factorlistmodel.h"
#include "reader/findbar.h"
#include "reader/outlinemodel.h"
#include "reader/passagemodel.h"
#include "reader/quickpick.h"
#include "reader/readerview.h"
#include "reader/readerwindow.h"
#include "readertestsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestReaderWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithPassagesDrawn();
    void shortcutTagsSelection();
    void overlappingTagsStayVisible();
    void undoRedoWalksEveryState();
    void passagesDockFollowsEdits();
    void deleteKeyInPassagesDock();
    void quickPickTagsByTyping();
    void contextMenuTagsAndDeletes();
    void dropOnCodebookTags();
    void findNextAndPrevious();
    void citationInStatusBar();
    void outlineFollowsAndJumps();
    void zoom();
    void suggestionsAcceptAndDismiss();
    void replaceWithNewVersionKeepsOrphans();
    void replacesInTheBackground();
    void closingWhileReplacing();
    void screenshot();

private:
    int offsetOf(const QString &words) const
    {
        return static_cast<int>(m_document.text.indexOf(words));
    }
    void select(int start, int end) { m_window->view()->selectSpan(start, end); }
    QList<PassageId> markIds() const;

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    Document m_document;
    ReaderWindow *m_window = nullptr;
};

void TestReaderWindow::init()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    m_document = test::firstDocument(*m_session, u"DEMO-HCPC-001"_s);
    QVERIFY(m_document.id.isValid());
    m_window = new ReaderWindow(m_session.get());
    QVERIFY(m_window->openDocument(m_document.id));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestReaderWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_session.reset();
    m_folder.reset();
    m_settings.reset();
}

QList<PassageId> TestReaderWindow::markIds() const
{
    QList<PassageId> ids;
    for (const ReaderView::Mark &m : m_window->view()->marks())
        ids.append(m.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestReaderWindow::opensWithPassagesDrawn()
{
    const QList<Passage> stored = test::storedPassages(*m_session, m_document.id);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(m_window->view()->marks().size(), stored.size());
    QCOMPARE(m_window->view()->toPlainText(), m_document.text);
    QCOMPARE(m_window->passageModel()->passageCount(),
             m_session->library().passages().forCase(m_document.caseId).size());
    QVERIFY(m_window->outlineModel()->rowCount() > 2);
    QVERIFY(m_window->windowTitle().contains(u"DEMO-HCPC-001"_s));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->view()->viewport()->grab().isNull(); }));
}

void TestReaderWindow::shortcutTagsSelection()
{
    const int start = offsetOf(u"two members of the team left"_s);
    QVERIFY(start > 0);
    select(start, start + 28);
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_1,
                    Qt::AltModifier); // Insight in the default codebook
    const QList<Passage> passages = m_session->library().passages().forDocument(m_document.id);
    const auto tagged = std::find_if(passages.cbegin(), passages.cend(),
                                     [start](const Passage &p) { return p.start == start; });
    QVERIFY(tagged != passages.cend());
    QCOMPARE(tagged->quote, u"two members of the team left"_s);
    QCOMPARE(tagged->factor, test::factorByKey(*m_session, u"insight"_s));
    QCOMPARE(m_session->undoStack()->undoText(), u"Tag ¶ 2 as Insight"_s);
    QVERIFY(markIds().contains(tagged->id));
    // Spaces taken with the selection are left out of the passage.
    select(start - 1, start + 29);
    QTest::keyClick(m_window->view(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_session->library().passages().find(PassageId(tagged->id.value + 1))->quote,
             u"two members of the team left"_s);
    // Without a selection, nothing is tagged and the status bar says why.
    const qsizetype before = m_session->library().passages().forDocument(m_document.id).size();
    m_window->view()->goTo(start);
    QTest::keyClick(m_window->view(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_session->library().passages().forDocument(m_document.id).size(), before);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Select the text to tag first."_s);
}

void TestReaderWindow::overlappingTagsStayVisible()
{
    const int start = offsetOf(u"caseload rose from 18 to 31"_s);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"insight"_s)) == false);
    select(start, start + 27);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"insight"_s)));
    select(start + 9, start + 60);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"dishonesty"_s)));
    select(start, start + 27);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"remorse"_s))); // same span twice
    const QList<PassageId> under = m_window->view()->passagesAt(start + 12);
    QVERIFY(under.size() >= 3);
    QSet<int> lanes;
    for (const ReaderView::Mark &m : m_window->view()->marks()) {
        if (under.contains(m.id))
            lanes.insert(m.lane);
    }
    QCOMPARE(lanes.size(), under.size()); // each overlapping passage has its own underline
    QImage image = m_window->view()->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
}

void TestReaderWindow::undoRedoWalksEveryState()
{
    QUndoStack *stack = m_session->undoStack();
    const auto state = [this] {
        return std::make_tuple(test::storedPassages(*m_session, m_document.id), markIds(),
                               m_window->passageModel()->passageCount());
    };
    QList<decltype(state())> states{state()};
    const int start = offsetOf(u"supervision sessions"_s);
    select(start, start + 20);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"insight"_s)));
    states.append(state());
    const PassageId id = m_session->library().passages().forDocument(m_document.id).constLast().id;
    const PassageId tagged = [&] {
        for (const Passage &p : m_session->library().passages().forDocument(m_document.id)) {
            if (p.start == start)
                return p.id;
        }
        return PassageId();
    }();
    Q_UNUSED(id)
    QVERIFY(tagged.isValid());
    select(start + 5, start + 40);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"remediation"_s)));
    states.append(state());
    PassageModel *model = m_window->passageModel();
    QVERIFY(model->setData(model->indexOf(tagged, PassageModel::Note), u"Overloaded team"_s));
    states.append(state());
    m_session->setPassageFactor(tagged, test::factorByKey(*m_session, u"dishonesty"_s));
    states.append(state());
    m_session->removePassage(tagged);
    states.append(state());
    QCOMPARE(stack->count(), 5);

    for (int i = 5; i > 0; --i) {
        QCOMPARE(state(), states.at(i));
        stack->undo();
    }
    QCOMPARE(state(), states.at(0));
    for (int i = 1; i <= 5; ++i) {
        stack->redo();
        QCOMPARE(state(), states.at(i));
    }
}

void TestReaderWindow::passagesDockFollowsEdits()
{
    PassageModel *model = m_window->passageModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int insightBefore = model->rowCount(
        model->groupIndex(FactorCategory::InsightRemediation));
    const int start = offsetOf(u"supervision sessions"_s);
    select(start, start + 20);
    QVERIFY(m_window->tagSelection(test::factorByKey(*m_session, u"insight"_s)));
    const PassageId id = m_window->view()->passagesAt(start + 1).first();
    QModelIndex index = model->indexOf(id);
    QVERIFY(index.isValid());
    QCOMPARE(index.parent(), model->groupIndex(FactorCategory::InsightRemediation));
    QCOMPARE(model->rowCount(model->groupIndex(FactorCategory::InsightRemediation)),
             insightBefore + 1);
    QCOMPARE(index.siblingAtColumn(PassageModel::CitationColumn).data().toString(),
             u"¶ 2, Background"_s);
    // Change the factor: the passage moves to its new group.
    m_session->setPassageFactor(id, test::factorByKey(*m_session, u"dishonesty"_s));
    QCOMPARE(model->indexOf(id).parent(), model->groupIndex(FactorCategory::Aggravating));
    QCOMPARE(model->indexOf(id, PassageModel::FactorColumn).data().toString(), u"Dishonesty"_s);
    // Edit the note inline.
    QVERIFY(model->setData(model->indexOf(id, PassageModel::Note), u"  Cancelled supervision "_s));
    QCOMPARE(m_session->library().passages().find(id)->note, u"Cancelled supervision"_s);
    QCOMPARE(model->indexOf(id, PassageModel::Note).data().toString(), u"Cancelled supervision"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Edit note of passage ¶ 2"_s);
    // Undo all the way: the dock follows.
    m_session->undoStack()->undo();
    QCOMPARE(model->indexOf(id, PassageModel::Note).data().toString(), QString());
    m_session->undoStack()->undo();
    QCOMPARE(model->indexOf(id).parent(), model->groupIndex(FactorCategory::InsightRemediation));
    m_session->undoStack()->undo();
    QVERIFY(!model->indexOf(id).isValid());
    m_session->undoStack()->redo();
    QVERIFY(model->indexOf(id).isValid());
    // Clicking a passage selects it in the text.
    m_window->view()->goTo(0);
    const QRect rect = m_window->passageView()->visualRect(model->indexOf(id));
    m_window->passageView()->scrollTo(model->indexOf(id));
    QTest::mouseClick(m_window->passageView()->viewport(), Qt::LeftButton, {},
                      m_window->passageView()->visualRect(model->indexOf(id)).center());
    Q_UNUSED(rect)
    QCOMPARE(m_window->view()->selectedSpan(), std::make_pair(start, start + 20));
}

void TestReaderWindow::deleteKeyInPassagesDock()
{
    PassageModel *model = m_window->passageModel();
    const QList<Passage> passages = m_session->library().passages().forDocument(m_document.id);
    const Passage victim = passages.first();
    QTreeView *view = m_window->passageView();
    view->setFocus();
    view->setCurrentIndex(model->indexOf(victim.id));
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!m_session->library().passages().find(victim.id));
    QVERIFY(!model->indexOf(victim.id).isValid());
    QVERIFY(m_session->undoStack()->undoText().startsWith(u"Delete passage "_s));
    m_session->undoStack()->undo();
    QVERIFY(model->indexOf(victim.id).isValid());
    QVERIFY(markIds().contains(victim.id));
}

void TestReaderWindow::quickPickTagsByTyping()
{
    const int start = offsetOf(u"no previous regulatory"_s);
    select(start, start + 22);
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_T, Qt::ControlModifier);
    QuickPick *pick = m_window->quickPick();
    QVERIFY(pick->isVisible());
    QTest::keyClicks(pick->filterEdit(), u"good hist"_s);
    QCOMPARE(pick->visibleCount(), 1);
    QTest::keyClick(pick->filterEdit(), Qt::Key_Return);
    QVERIFY(!pick->isVisible());
    const auto under = m_window->view()->passagesAt(start + 1);
    QCOMPARE(under.size(), 1);
    const auto passage = m_session->library().passages().find(under.first());
    QCOMPARE(passage->factor, test::factorByKey(*m_session, u"previous_good_history"_s));
    QCOMPARE(passage->quote, u"no previous regulatory"_s);
    // Space opens it too.
    select(start, start + 5);
    QTest::keyClick(m_window->view(), Qt::Key_Space);
    QVERIFY(pick->isVisible());
    QTest::keyClick(pick->filterEdit(), Qt::Key_Escape);
    QVERIFY(!pick->isVisible());
}

void TestReaderWindow::contextMenuTagsAndDeletes()
{
    const int start = offsetOf(u"long-term leave"_s);
    select(start, start + 15);
    QMenu menu;
    Q_EMIT m_window->view()->contextMenuAboutToShow(&menu, start);
    QAction *tagAs = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->menu() && a->text() == u"&Tag as"_s)
            tagAs = a;
    }
    QVERIFY(tagAs && tagAs->isEnabled());
    QAction *context = nullptr;
    for (QAction *category : tagAs->menu()->actions()) {
        QVERIFY(category->menu());
        for (QAction *f : category->menu()->actions()) {
            if (f->text() == u"Workload pressure"_s)
                context = f;
        }
    }
    QVERIFY(context);
    context->trigger();
    const QList<PassageId> under = m_window->view()->passagesAt(start + 2);
    QCOMPARE(under.size(), 1);
    // The passage under the mouse gets its own entry with Delete.
    QMenu second;
    Q_EMIT m_window->view()->contextMenuAboutToShow(&second, start + 2);
    QAction *deleteAction = nullptr;
    for (QAction *a : second.actions()) {
        if (a->menu() && a->text().startsWith(u"Passage: Workload pressure"_s)) {
            for (QAction *sub : a->menu()->actions()) {
                if (sub->text() == u"&Delete Passage"_s)
                    deleteAction = sub;
            }
        }
    }
    QVERIFY(deleteAction);
    deleteAction->trigger();
    QVERIFY(m_window->view()->passagesAt(start + 2).isEmpty());
}

void TestReaderWindow::dropOnCodebookTags()
{
    FactorListModel *factors = m_window->factorModel();
    QAbstractItemModelTester tester(factors,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int start = offsetOf(u"qualified in 2011"_s);
    QMimeData mime;
    mime.setData(ReaderView::spanMimeType(), QByteArray::number(m_document.id.value) + ' '
                                                 + QByteArray::number(start) + ' '
                                                 + QByteArray::number(start + 17));
    const QModelIndex target = factors->indexOf(
        test::factorByKey(*m_session, u"previous_good_history"_s));
    QVERIFY(target.isValid());
    QVERIFY(factors->canDropMimeData(&mime, Qt::CopyAction, -1, -1, target));
    QVERIFY(!factors->canDropMimeData(&mime, Qt::CopyAction, -1, -1, target.parent()));
    QVERIFY(factors->dropMimeData(&mime, Qt::CopyAction, -1, -1, target));
    const auto under = m_window->view()->passagesAt(start + 1);
    QCOMPARE(under.size(), 1);
    QCOMPARE(m_session->library().passages().find(under.first())->quote, u"qualified in 2011"_s);
    // What a drag out of the reader carries.
    QMimeData bad;
    bad.setData(ReaderView::spanMimeType(), "1 9 3");
    QVERIFY(!ReaderView::spanFromMime(&bad));
}

void TestReaderWindow::findNextAndPrevious()
{
    FindBar *bar = m_window->findBar();
    QVERIFY(!bar->isVisible());
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    const QString needle = u"registrant"_s;
    const int expected = static_cast<int>(m_document.text.count(needle, Qt::CaseInsensitive));
    QVERIFY(expected >= 3);
    m_window->view()->goTo(0);
    bar->setText(needle);
    QCOMPARE(bar->matchCount(), expected);
    const int first = m_window->view()->selectedSpan().first;
    QCOMPARE(first, static_cast<int>(m_document.text.indexOf(needle, 0, Qt::CaseInsensitive)));
    QCOMPARE(bar->status(), u"1 of %1"_s.arg(expected));
    QTest::keyClick(m_window->view(), Qt::Key_F3);
    const int second = m_window->view()->selectedSpan().first;
    QCOMPARE(second,
             static_cast<int>(m_document.text.indexOf(needle, first + 1, Qt::CaseInsensitive)));
    QCOMPARE(bar->status(), u"2 of %1"_s.arg(expected));
    QTest::keyClick(m_window->view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->view()->selectedSpan().first, first);
    // Previous from the first wraps round to the last.
    QTest::keyClick(m_window->view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->view()->selectedSpan().first,
             static_cast<int>(m_document.text.lastIndexOf(needle, -1, Qt::CaseInsensitive)));
    bar->setText(u"zzzz not there"_s);
    QCOMPARE(bar->matchCount(), 0);
    QCOMPARE(bar->status(), u"No matches"_s);
    QTest::keyClick(bar->findChild<QLineEdit *>(u"findEdit"_s), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestReaderWindow::citationInStatusBar()
{
    m_window->view()->goTo(offsetOf(u"An audit in September"_s) + 5);
    QCOMPARE(m_window->citationText(), u"¶ 3, Background"_s);
    m_window->view()->goTo(offsetOf(u"did not complete an assessment"_s));
    QVERIFY2(m_window->citationText().startsWith(u"¶ 2(a)"_s),
             qPrintable(m_window->citationText()));
    m_window->view()->goTo(0);
    QCOMPARE(m_window->citationText(), enumLabel(DecisionStage::FrontMatter));
}

void TestReaderWindow::outlineFollowsAndJumps()
{
    OutlineModel *outline = m_window->outlineModel();
    QAbstractItemModelTester tester(outline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A click on a paragraph puts it at the cursor.
    const int audit = offsetOf(u"3. An audit"_s);
    const QModelIndex paragraph = outline->indexAt(audit);
    QVERIFY(paragraph.isValid() && paragraph.parent().isValid());
    QCOMPARE(paragraph.data(OutlineModel::StartRole).toInt(), audit);
    QTreeView *view = m_window->outlineView();
    view->expandAll();
    view->scrollTo(paragraph);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(paragraph).center());
    QCOMPARE(m_window->view()->textCursor().position(), audit);
    // Scrolling the text moves the outline's current item along.
    m_window->view()->resize(600, 200);
    m_window->view()->goTo(static_cast<int>(m_document.text.size()) - 1);
    QTest::qWait(10);
    const int top = m_window->view()->readingPosition();
    QCOMPARE(view->currentIndex(), outline->indexAt(top));
}

void TestReaderWindow::zoom()
{
    ReaderView *view = m_window->view();
    const qreal size = view->font().pointSizeF();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 2);
    QVERIFY(view->font().pointSizeF() > size);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 1);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 0);
    QCOMPARE(view->font().pointSizeF(), size);
}

void TestReaderWindow::suggestionsAcceptAndDismiss()
{
    // Give two factors phrases found in the demo decision (and the others none), then reopen it.
    CodebookRepository &codebook = m_session->library().codebook();
    for (Factor f : codebook.all()) {
        f.phrases.clear();
        codebook.update(f);
    }
    Factor workload = *codebook.findByKey(u"staffing_shortage"_s);
    workload.phrases = {u"caseload rose"_s};
    codebook.update(workload);
    Factor supervision = *codebook.findByKey(u"organisational_failings"_s);
    supervision.phrases = {u"supervision sessions were cancelled"_s};
    codebook.update(supervision);
    delete m_window;
    m_window = new ReaderWindow(m_session.get());
    QVERIFY(m_window->openDocument(m_document.id));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_window->suggestions().size(), 2);

    // The demo has tagged these sentences by hand with other factors: both are still suggested.
    const QList<PhraseSuggestion> suggested = m_window->suggestions();
    QCOMPARE(suggested.size(), 2);
    QCOMPARE(m_window->view()->suggestions().size(), 2);
    const qsizetype passagesBefore
        = m_session->library().passages().forDocument(m_document.id).size();
    QCOMPARE(m_session->undoStack()->count(), 0); // nothing tagged without the reviewer's say

    // Accept with A.
    ReaderView *view = m_window->view();
    view->setFocus();
    view->goTo(suggested.at(0).matchStart + 2);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Enter or A accepts"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(m_session->library().passages().forDocument(m_document.id).size(), passagesBefore + 1);
    QCOMPARE(m_window->suggestions().size(), 1);
    const QList<Passage> now = m_session->library().passages().forDocument(m_document.id);
    const auto accepted = std::find_if(now.cbegin(), now.cend(), [&](const Passage &p) {
        return p.factor == suggested.at(0).factor;
    });
    QVERIFY(accepted != now.cend());
    QCOMPARE(accepted->quote, suggested.at(0).quote);
    QCOMPARE(accepted->start, suggested.at(0).start);
    // Undo brings the suggestion back.
    m_session->undoStack()->undo();
    QCOMPARE(m_window->suggestions().size(), 2);
    m_session->undoStack()->redo();

    // Dismiss with D: gone, nothing tagged.
    view->goTo(m_window->suggestions().at(0).matchStart + 1);
    QTest::keyClick(view, Qt::Key_D);
    QCOMPARE(m_window->suggestions().size(), 0);
    QCOMPARE(m_session->library().passages().forDocument(m_document.id).size(), passagesBefore + 1);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Dismissed"_s));
    // The dismissal is stored and undoable.
    QCOMPARE(m_session->dismissedSuggestions(m_document.id).size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_window->suggestions().size(), 1);
    m_session->undoStack()->redo();
    QCOMPARE(m_window->suggestions().size(), 0);
    // A reader opened later does not suggest it again.
    ReaderWindow later(m_session.get());
    QSignalSpy ready(&later, &ReaderWindow::suggestionsReady);
    QVERIFY(later.openDocument(m_document.id));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(later.suggestions().size(), 0);
    // Elsewhere, A and D are just keys.
    view->goTo(0);
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(m_session->library().passages().forDocument(m_document.id).size(), passagesBefore + 1);
}

void TestReaderWindow::replaceWithNewVersionKeepsOrphans()
{
    const QList<Passage> before = test::storedPassages(*m_session, m_document.id);
    QVERIFY(before.size() >= 2);
    const Passage gone = before.constFirst();
    // The new version: a paragraph added at the top, and the first passage's words rewritten
    // beyond recognition.
    QString text = m_document.text;
    text.replace(gone.start, gone.end - gone.start,
                 u"[the panel's wording here was withdrawn and rewritten entirely]"_s);
    text.prepend(u"Corrected version issued after the hearing.\n\n"_s);
    const QString path = m_folder->path(u"corrected.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const auto result = m_window->replaceWithFile(path);
    QVERIFY(result);
    QCOMPARE(result->orphaned, 1);
    QCOMPARE(result->found(), static_cast<int>(before.size()) - 1);
    QCOMPARE(m_window->view()->toPlainText(), text);
    // Nothing dropped: every passage is still listed, the orphan as not found.
    QCOMPARE(test::storedPassages(*m_session, m_document.id).size(), before.size());
    const Passage orphan = *m_session->library().passages().find(gone.id);
    QVERIFY(orphan.orphaned);
    QCOMPARE(orphan.quote, gone.quote);
    QCOMPARE(m_window->passageModel()->passageCount(),
             m_session->library().passages().forCase(m_document.caseId).size());
    QVERIFY(m_window->findChild<QAction *>(u"readerActionReplace"_s));

    // A file that cannot be read changes nothing and says why.
    const QString bad = m_folder->path(u"broken.pdf"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7 this is not really a PDF");
    }
    QVERIFY(!m_window->replaceWithFile(bad));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"broken.pdf"_s));
    QCOMPARE(m_window->view()->toPlainText(), text);

    // One edit: undo brings the old text and every passage back.
    m_session->undoStack()->undo();
    QCOMPARE(m_window->view()->toPlainText(), m_document.text);
    QVERIFY(!m_session->library().passages().find(gone.id)->orphaned);
}

void TestReaderWindow::replacesInTheBackground()
{
    const QList<Passage> before = test::storedPassages(*m_session, m_document.id);
    const QString text = u"Corrected version issued after the hearing.\n\n"_s + m_document.text;
    const QString path = m_folder->path(u"new-version.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const LibrarySession::DocumentReplacement expected = LibrarySession::planReplacement(
        m_session->library(), m_document.id, text, u"new-version.txt"_s);
    // Read and re-anchored on the window's own connection; the edit made here.
    QSignalSpy finished(m_window, &ReaderWindow::replacementFinished);
    m_window->startReplacement(path);
    QVERIFY(m_window->replacing());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_window->view()->toPlainText(), text);
    // The same passages as the synchronous re-anchoring gives.
    QCOMPARE(test::storedPassages(*m_session, m_document.id).size(), before.size());
    for (const Passage &p : std::as_const(expected.passagesAfter)) {
        const Passage now = *m_session->library().passages().find(p.id);
        QCOMPARE(now.start, p.start);
        QCOMPARE(now.end, p.end);
        QCOMPARE(now.quote, p.quote);
        QCOMPARE(now.orphaned, p.orphaned);
    }

    // A file that cannot be read changes nothing and says which.
    const QString bad = m_folder->path(u"broken.pdf"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7 this is not really a PDF");
    }
    m_window->startReplacement(bad);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"broken.pdf"_s));
    QCOMPARE(m_window->view()->toPlainText(), text);

    // One undoable edit.
    m_session->undoStack()->undo();
    QCOMPARE(m_window->view()->toPlainText(), m_document.text);
}

void TestReaderWindow::closingWhileReplacing()
{
    const QString path = m_folder->path(u"new-version.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((m_document.text + u"\n\nA note added later."_s).toUtf8());
    }
    const int edits = m_session->undoStack()->count();
    ReaderWindow *window = m_window;
    QSignalSpy finished(window, &ReaderWindow::replacementFinished);
    window->startReplacement(path);
    delete window; // closed while the file is read: no crash, no hang, nothing replaced
    m_window = nullptr;
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_session->library().documents().find(m_document.id)->text, m_document.text);
    QCOMPARE(m_session->undoStack()->count(), edits);
}

void TestReaderWindow::screenshot()
{
    // The reader on the demo decision, with a find, a selection and a suggestion, for the docs
    // and for looking at (written to the temporary folder).
    Factor workload = *m_session->library().codebook().findByKey(u"staffing_shortage"_s);
    workload.phrases = {u"caseload rose"_s};
    m_session->library().codebook().update(workload);
    QVERIFY(m_window->openDocument(m_document.id));
    m_window->resize(1280, 800);
    const int start = offsetOf(u"The Registrant admitted"_s);
    select(start, start + 40);
    m_window->view()->zoomBy(1);
    QTest::qWait(50);
    const QPixmap pixmap = m_window->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = QDir::temp().filePath(u"casebench-reader.png"_s);
    QVERIFY(pixmap.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestReaderWindow)
#include "tst_readerwindow.moc"
