// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA import dialog and the controller behind File ▸ Export/Import ▸ REFI-QDA Project….
#include "qdpxchecks.h"
#include "testlibrary.h"

#include "commands/librarysession.h"
#include "export/qdpxcontroller.h"
#include "export/qdpximportdialog.h"
#include "export/qdpxproject.h"
#include "export/qdpxreader.h"
#include "services/demolibrary.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

const QString dataDir = QStringLiteral(QDPX_DATA_DIR);

QdpxProject fixture()
{
    return QdpxReader::readBytes(test::zipFolder(dataDir + u"/othertool"_s), u"othertool.qdpx"_s);
}

QString guidOf(const QdpxProject &project, const QString &name)
{
    for (const QdpxProject::Code &c : project.codes) {
        if (c.name == name)
            return c.guid;
    }
    return {};
}

struct Census
{
    int cases = 0;
    int passages = 0;
    int factors = 0;
    friend bool operator==(const Census &, const Census &) = default;
};

Census census(Library &library)
{
    Census c;
    for (const CaseSummary &s : library.cases().summaries()) {
        ++c.cases;
        c.passages += s.passageCount;
    }
    c.factors = static_cast<int>(library.codebook().all().size());
    return c;
}

} // namespace

class TestQdpxUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogStartsOnMatchesAndGivesChoices();
    void importIsOneUndoableEdit();
    void importIntoSelectedCaseUndoes();
    void controllerExports();
    void controllerExportsInTheBackground();

private:
    test::TempFolder m_folder;
};

void TestQdpxUi::dialogStartsOnMatchesAndGivesChoices()
{
    auto library = Library::create(m_folder.path(u"dialog.casebench"_s));
    const QdpxProject project = fixture();
    const QList<Factor> factors = library->codebook().all();
    ui::QdpxImportDialog dialog(project, QdpxImporter::match(*library, project), factors, {});
    QComboBox *dishonesty = dialog.comboFor(guidOf(project, u"Dishonesty"_s));
    QVERIFY(dishonesty);
    QVERIFY(dishonesty->currentText().startsWith(u"Dishonesty"_s));
    QComboBox *harm = dialog.comboFor(guidOf(project, u"Harm to patients"_s));
    QVERIFY(harm);
    QCOMPARE(harm->currentIndex(), 0); // Skip
    harm->setCurrentIndex(harm->findText(u"Actual harm to service users"_s, Qt::MatchStartsWith));
    QComboBox *near = dialog.comboFor(guidOf(project, u"Near misses"_s));
    near->setCurrentIndex(near->findText(u"New factor under Aggravating"_s));
    QVERIFY(near->currentIndex() > 0);
    QCOMPARE(dialog.findChild<QComboBox *>(u"qdpxTarget"_s)->count(), 1); // no case selected

    const QdpxImportOptions options = dialog.options(CaseId());
    QVERIFY(!options.intoCase.isValid());
    QCOMPARE(options.map.value(guidOf(project, u"Harm to patients"_s)), u"harm_to_service_users"_s);
    QCOMPARE(options.map.value(guidOf(project, u"Dishonesty"_s)), u"dishonesty"_s);
    QVERIFY(options.map.contains(guidOf(project, u"Good character"_s)));
    QVERIFY(options.map.value(guidOf(project, u"Good character"_s)).isEmpty()); // skip
    QCOMPARE(options.createUnder.value(guidOf(project, u"Near misses"_s)),
             FactorCategory::Aggravating);

    const QdpxImportReport report = QdpxImporter::import(*library, project, options,
                                                         u"othertool.qdpx"_s);
    QCOMPARE(report.factorsCreated, 1);
    QCOMPARE(report.passages, 5);
    QVERIFY(report.unmappedCodes.isEmpty());
}

void TestQdpxUi::importIsOneUndoableEdit()
{
    LibrarySession session(Library::create(m_folder.path(u"undo.casebench"_s)));
    QWidget window;
    ui::SessionHost host;
    host.setSession(&session);
    ui::QdpxController controller(&window, &host);
    QSignalSpy imported(&controller, &ui::QdpxController::caseImported);
    QSignalSpy added(&session, &LibrarySession::caseAdded);
    const Census before = census(session.library());
    QdpxImportOptions options;
    options.createMissing = true;
    const QdpxImportReport report = controller.importProject(fixture(), options,
                                                             u"othertool.qdpx"_s);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(added.count(), 2);
    const Census after = census(session.library());
    QCOMPARE(after.cases, before.cases + 2);
    QCOMPARE(after.passages, report.passages);
    QCOMPARE(after.factors, before.factors + report.factorsCreated);
    QVERIFY(report.factorsCreated > 0);
    const QList<Passage> passages = session.library().passages().forCase(
        report.createdCases.constFirst());

    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(census(session.library()), before);
    session.undoStack()->redo();
    QCOMPARE(census(session.library()), after);
    QCOMPARE(session.library().passages().forCase(report.createdCases.constFirst()), passages);
    QVERIFY(session.library().check().ok());
}

void TestQdpxUi::importIntoSelectedCaseUndoes()
{
    LibrarySession session(demolibrary::create(m_folder.path(u"into.casebench"_s)));
    const auto c = session.library().cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    QWidget window;
    ui::SessionHost host;
    host.setSession(&session);
    host.setCurrentCase(c->id);
    ui::QdpxController controller(&window, &host);
    const Census before = census(session.library());
    QdpxImportOptions options;
    options.intoCase = c->id;
    const QdpxImportReport report = controller.importProject(fixture(), options,
                                                             u"othertool.qdpx"_s);
    QCOMPARE(report.addedDocuments.size(), 2);
    QCOMPARE(census(session.library()).passages, before.passages + 3);
    session.undoStack()->undo();
    QCOMPARE(census(session.library()), before);
    session.undoStack()->redo();
    QCOMPARE(census(session.library()).passages, before.passages + 3);
}

void TestQdpxUi::controllerExports()
{
    LibrarySession session(demolibrary::create(m_folder.path(u"export.casebench"_s)));
    const auto c = session.library().cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    QWidget window;
    ui::SessionHost host;
    host.setSession(&session);
    host.setCurrentCase(c->id);
    ui::QdpxController controller(&window, &host);
    QVERIFY(controller.exportAction()->isEnabled());
    QVERIFY(controller.importAction()->isEnabled());
    const QString path = m_folder.path(u"exported.qdpx"_s);
    const QdpxExportResult result = controller.writeCase(c->id, path, true);
    QCOMPARE(result.documents, 1);
    const QdpxProject project = QdpxReader::read(path);
    QCOMPARE(project.sources.size(), 1);
    QVERIFY(!project.sources.constFirst().text.contains(c->registrant));
}

void TestQdpxUi::controllerExportsInTheBackground()
{
    LibrarySession session(demolibrary::create(m_folder.path(u"background.casebench"_s)));
    const auto c = session.library().cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    QWidget window;
    ui::SessionHost host;
    host.setSession(&session);
    host.setCurrentCase(c->id);
    ui::QdpxController controller(&window, &host);
    controller.setShowMessages(false);
    const QString syncPath = m_folder.path(u"sync.qdpx"_s);
    const QString path = m_folder.path(u"background.qdpx"_s);
    const QdpxExportResult expected = controller.writeCase(c->id, syncPath, true);
    QSignalSpy finished(&controller, &ui::QdpxController::exportFinished);
    QSignalSpy failed(&controller, &ui::QdpxController::exportFailed);
    controller.startWriteCase(c->id, path, true);
    QVERIFY(controller.isBusy());
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().first().toString(), path);
    // The same project as the synchronous export (its identifiers aside).
    const QdpxProject want = QdpxReader::read(syncPath);
    const QdpxProject got = QdpxReader::read(path);
    QCOMPARE(got.sources.size(), want.sources.size());
    for (qsizetype i = 0; i < want.sources.size(); ++i) {
        QCOMPARE(got.sources.at(i).text, want.sources.at(i).text);
        QCOMPARE(got.sources.at(i).selections.size(), want.sources.at(i).selections.size());
    }
    QCOMPARE(got.codes.size(), want.codes.size());
    QVERIFY(expected.documents > 0);
}

QTEST_MAIN(TestQdpxUi)
#include "tst_qdpxui.moc"
