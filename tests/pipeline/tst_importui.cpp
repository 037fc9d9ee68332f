// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialogs offscreen: dialog, progress and cancel, summary, suggestions review, and
// the main window's action and drop.
#include "pipelinefixtures.h"
#include "testlibrary.h"
#include "uitestsupport.h"

#include "commands/librarysession.h"
#include "import/bulkreviewdialog.h"
#include "import/bulkreviewmodel.h"
#include "import/importcontroller.h"
#include "import/importdialog.h"
#include "import/importsummarydialog.h"
#include "import/importsummarymodel.h"
#include "import/suggestionmodel.h"
#include "import/suggestionsdialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "services/bulkimporter.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(u"/tmp/casebench-%1.png"_s.arg(name));
}

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dialogOffersSelectedCase();
    void importsInBackgroundAndSummarises();
    void cancelFromProgressDialog();
    void suggestionsAcceptUndoDismiss();
    void bulkReviewAcceptsManyCasesAsOneEdit();
    void mainWindowActionAndDrop();

private:
    CaseId addReviewerCase();

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<QWidget> m_window;
};

void TestImportUi::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"lib.casebench"_s)));
    m_window = std::make_unique<QWidget>();
}

void TestImportUi::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_folder.reset();
}

CaseId TestImportUi::addReviewerCase()
{
    Case c;
    c.reference = u"REVIEWED-1"_s;
    c.regulator = Regulator::Nmc;
    c.profession = u"Nurse"_s;
    c.impairment = ImpairmentFinding::NotImpaired;
    return m_session->addCase(c);
}

void TestImportUi::dialogOffersSelectedCase()
{
    ImportDialog dialog(CaseId(3), u"HCPC-0003"_s);
    QVERIFY(dialog.findChild<QRadioButton *>(u"intoSelectedCase"_s)->isChecked());
    QCOMPARE(dialog.target().existingCase, CaseId(3));
    dialog.findChild<QRadioButton *>(u"intoNewCases"_s)->setChecked(true);
    QVERIFY(dialog.target().isNewCase());
    dialog.addPaths({u"/a/one.pdf"_s, u"/a/folder"_s, u"/a/one.pdf"_s});
    QCOMPARE(dialog.paths(), (QStringList{u"/a/one.pdf"_s, u"/a/folder"_s}));
    screenshot(&dialog, u"import-dialog"_s);

    ImportDialog none(CaseId{}, QString{});
    QVERIFY(!none.findChild<QRadioButton *>(u"intoSelectedCase"_s)->isEnabled());
    QVERIFY(none.target().isNewCase());
}

void TestImportUi::importsInBackgroundAndSummarises()
{
    for (int i = 0; i < 6; ++i)
        test::writeText(m_folder->path(u"in/d%1.txt"_s.arg(i)), test::decisionText(i));
    test::writeText(m_folder->path(u"in/zz-again.txt"_s), test::decisionText(0));
    test::writeFile(m_folder->path(u"in/broken.pdf"_s), QByteArray("%PDF-1.4 broken"));

    CaseTableModel cases;
    cases.setSession(m_session.get());
    QCOMPARE(cases.rowCount(), 0);
    SessionHost host;
    host.setSession(m_session.get());
    ImportController controller(m_window.get(), &host);
    QSignalSpy finished(&controller, &ImportController::importFinished);
    controller.start({m_folder->path(u"in"_s)}, ImportTarget::newCase());
    QVERIFY(controller.isRunning());
    QVERIFY(controller.progressDialog());
    QVERIFY(controller.progressDialog()->isVisible());
    QVERIFY(finished.wait(60000));
    QVERIFY(!controller.isRunning());

    // The session's views heard of the new cases.
    QCOMPARE(cases.rowCount(), 6);
    ImportSummaryDialog *summary = controller.summaryDialog();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QAbstractItemModelTester tester(summary->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(summary->model()->rowCount(), 8);
    QCOMPARE(summary->model()->count(ImportStatus::Imported), 6);
    QCOMPARE(summary->model()->count(ImportStatus::Duplicate), 1);
    QCOMPARE(summary->model()->count(ImportStatus::Failed), 1);
    QVERIFY(
        summary->headline()->text().contains(u"6 imported, 1 skipped as duplicates, 1 failed"_s));
    const QModelIndex failed = summary->model()->index(0, ImportSummaryModel::DetailColumn);
    QVERIFY(failed.data().toString().contains(u"broken.pdf"_s));
    screenshot(summary, u"import-summary"_s);

    QSignalSpy review(summary, &ImportSummaryDialog::reviewSuggestionsRequested);
    summary->view()->selectRow(1);
    summary->findChild<QPushButton *>(u"reviewSuggestionsButton"_s)->click();
    QCOMPARE(review.size(), 1);
    QVERIFY(controller.suggestionsDialog());
    QVERIFY(controller.suggestionsDialog()->model()->rowCount() > 0);
}

void TestImportUi::cancelFromProgressDialog()
{
    QStringList files;
    for (int i = 0; i < 60; ++i)
        files.append(
            test::writeText(m_folder->path(u"in/d%1.txt"_s.arg(i)), test::decisionText(i, 300)));
    SessionHost host;
    host.setSession(m_session.get());
    ImportController controller(m_window.get(), &host);
    QSignalSpy finished(&controller, &ImportController::importFinished);
    controller.start(files, ImportTarget::newCase());
    connect(controller.importer(), &BulkImporter::fileFinished, this, [&controller] {
        if (controller.progressDialog() && !controller.progressDialog()->wasCanceled())
            controller.progressDialog()->findChild<QPushButton *>()->click();
    });
    screenshot(controller.progressDialog(), u"import-progress"_s);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    const auto outcomes = finished.constFirst().constFirst().value<QList<ImportOutcome>>();
    QVERIFY(outcomes.size() >= 1 && outcomes.size() < files.size());
    QCOMPARE(m_session->library().cases().count(), static_cast<int>(outcomes.size()));
    QVERIFY(controller.summaryDialog()->headline()->text().contains(u"cancelled"_s));
}

void TestImportUi::suggestionsAcceptUndoDismiss()
{
    const CaseId id = addReviewerCase();
    const Case reviewer = *m_session->library().cases().find(id);
    SessionHost host;
    host.setSession(m_session.get());
    host.setCurrentCase(id);
    ImportController controller(m_window.get(), &host);
    QSignalSpy finished(&controller, &ImportController::importFinished);
    // A decision stating its case number, so that a reference is suggested (and held back).
    const QString text = test::decisionText(7).replace(
        u"Profession: Paramedic"_s, u"Case reference: HCPTS-0007\n\nProfession: Paramedic"_s);
    controller.start({test::writeText(m_folder->path(u"d.txt"_s), text)},
                     ImportTarget::intoCase(id));
    QVERIFY(finished.wait(60000));
    QCOMPARE(*m_session->library().cases().find(id), reviewer); // nothing written over the case

    SuggestionsDialog dialog(m_session.get(), id);
    SuggestionModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() >= 5);
    int regulatorRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->suggestions().at(row).field == SuggestionField::Regulator)
            regulatorRow = row;
    }
    QVERIFY(regulatorRow >= 0);
    QCOMPARE(model->index(regulatorRow, SuggestionModel::CurrentColumn).data().toString(),
             u"NMC"_s);
    QCOMPARE(model->index(regulatorRow, SuggestionModel::SuggestedColumn).data().toString(),
             u"HCPC"_s);
    QVERIFY(
        !model->index(regulatorRow, SuggestionModel::PassageColumn).data().toString().isEmpty());
    screenshot(&dialog, u"suggestions"_s);

    // Accept one, undo it.
    dialog.view()->selectRow(regulatorRow);
    dialog.acceptSelected();
    QCOMPARE(m_session->library().cases().find(id)->regulator, Regulator::Hcpc);
    QVERIFY(model->isHeld(regulatorRow));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->library().cases().find(id)->regulator, Regulator::Nmc);
    QVERIFY(!model->isHeld(regulatorRow));

    // Accept all as one edit (all but the reference); one undo takes it all back.
    const int undoBefore = m_session->undoStack()->index();
    dialog.acceptAll();
    QCOMPARE(model->pendingCount(), 1);
    QCOMPARE(m_session->undoStack()->index(), undoBefore + 1);
    const Case all = *m_session->library().cases().find(id);
    QCOMPARE(all.reference, reviewer.reference);
    QCOMPARE(all.regulator, Regulator::Hcpc);
    QCOMPARE(all.impairment, ImpairmentFinding::Impaired);
    const auto current = m_session->library().sanctions().history(id).current();
    QVERIFY(current);
    QCOMPARE(current->type, SanctionType::Suspension);
    QCOMPARE(current->durationMonths, std::optional<int>(12));
    m_session->undoStack()->undo();
    const Case undone = *m_session->library().cases().find(id);
    QCOMPARE(undone.regulator, reviewer.regulator);
    QCOMPARE(undone.impairment, reviewer.impairment);
    QVERIFY(m_session->library().sanctions().history(id).isEmpty());

    // Dismiss: gone from the list, and stays gone.
    const int rows = model->rowCount();
    dialog.view()->selectRow(0);
    dialog.dismissSelected();
    QCOMPARE(model->rowCount(), rows - 1);
    SuggestionModel again(m_session.get());
    again.setCase(id);
    QCOMPARE(again.rowCount(), rows - 1);

    // The dismissal is an edit like any other: undo brings the suggestion back, redo removes it.
    QVERIFY(m_session->undoStack()->undoText().startsWith(u"Dismiss suggested"_s));
    m_session->undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(again.rowCount(), rows);
    m_session->undoStack()->redo();
    QCOMPARE(model->rowCount(), rows - 1);
}

void TestImportUi::bulkReviewAcceptsManyCasesAsOneEdit()
{
    SessionHost host;
    host.setSession(m_session.get());
    ImportController controller(m_window.get(), &host);
    QSignalSpy finished(&controller, &ImportController::importFinished);
    QStringList files;
    for (int n = 1; n <= 3; ++n)
        files.append(
            test::writeText(m_folder->path(u"bulk/d%1.txt"_s.arg(n)), test::decisionText(n)));
    controller.start(files, ImportTarget::newCase());
    QVERIFY(finished.wait(60000));
    ImportSummaryDialog *summary = controller.summaryDialog();
    QVERIFY(summary);
    const QList<CaseId> ids = summary->importedCases();
    QCOMPARE(ids.size(), 3);
    summary->findChild<QPushButton *>(u"reviewAllImportedButton"_s)->click();
    BulkReviewDialog *dialog = controller.bulkReviewDialog();
    QVERIFY(dialog);
    BulkReviewModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->index(0, BulkReviewModel::SanctionColumn)
                .data()
                .toString()
                .contains(u"Suspension"_s));
    QVERIFY(!model->index(0, BulkReviewModel::SanctionColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY(model->pendingCount() > 0);
    QVERIFY(model->confidentPendingCount() > 0);
    dialog->resize(1180, 600);
    screenshot(dialog, u"bulkreview"_s);

    // The confident ones only: the order (stated in a field) is taken, and one edit.
    const int undoBefore = m_session->undoStack()->index();
    dialog->acceptConfident();
    QCOMPARE(m_session->undoStack()->index(), undoBefore + 1);
    for (const CaseId id : ids)
        QVERIFY(m_session->library().sanctions().history(id).current());
    m_session->undoStack()->undo();
    for (const CaseId id : ids)
        QVERIFY(m_session->library().sanctions().history(id).isEmpty());

    // Everything: one edit over three cases, one undo takes it all back.
    dialog->acceptAll();
    QCOMPARE(m_session->undoStack()->index(), undoBefore + 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Accept suggestions for 3 cases"_s);
    QCOMPARE(model->pendingCount(), 0);
    for (const CaseId id : ids) {
        QCOMPARE(m_session->library().cases().find(id)->impairment, ImpairmentFinding::Impaired);
        QCOMPARE(m_session->library().sanctions().history(id).current()->durationMonths,
                 std::optional<int>(12));
    }
    m_session->undoStack()->undo();
    QVERIFY(model->pendingCount() > 0);
    for (const CaseId id : ids) {
        QCOMPARE(m_session->library().cases().find(id)->impairment,
                 ImpairmentFinding::NotDetermined);
        QVERIFY(m_session->library().sanctions().history(id).isEmpty());
    }

    // One by one: the selected case's own suggestions open.
    dialog->view()->selectRow(1);
    dialog->reviewSelected();
    QVERIFY(dialog->caseDialog());
    QCOMPARE(dialog->caseDialog()->model()->caseId(), ids.at(1));
    dialog->caseDialog()->reject();
}

void TestImportUi::mainWindowActionAndDrop()
{
    test::IsolatedSettings settings;
    MainWindow window;
    QVERIFY(window.createLibrary(m_folder->path(u"win.casebench"_s)));
    auto *action = window.findChild<QAction *>(u"actionImportDocuments"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(window.acceptDrops());

    const QString file = test::writeText(m_folder->path(u"drop/d.txt"_s), test::decisionText(9));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *controller = window.findChild<ImportController *>();
    QVERIFY(controller);
    QVERIFY(controller->importDialog());
    QCOMPARE(controller->importDialog()->paths(), QStringList{file});
    QSignalSpy finished(controller, &ImportController::importFinished);
    controller->importDialog()->accept();
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.caseModel()->rowCount(), 1);
    screenshot(&window, u"main-after-import"_s);
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
