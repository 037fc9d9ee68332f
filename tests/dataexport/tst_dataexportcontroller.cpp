// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "testlibrary.h"

#include "commands/librarysession.h"
#include "export/dataexportcontroller.h"
#include "mainwindow.h"
#include "model/libraryerror.h"
#include "services/casejsonimporter.h"
#include "services/demolibrary.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace casebench;
using namespace casebench::ui;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDataExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseTableOfVisibleCases();
    void passagesAndJsonThenImport();
    void menus();
    void backgroundExportsMatchTheSynchronousOnes();
    void closingWhileExporting();
};

void TestDataExportController::caseTableOfVisibleCases()
{
    test::TempFolder folder;
    LibrarySession session(demolibrary::create(folder.path(u"demo.casebench"_s)));
    const QList<Case> cases = session.library().cases().all();
    QList<CaseId> visible{cases.at(2).id, cases.at(0).id};
    QWidget window;
    SessionHost host;
    host.setSession(&session);
    DataExportController controller(&window, &host, [&] { return visible; });
    QVERIFY(controller.exportCsvAction()->isEnabled());
    QVERIFY(!controller.exportJsonAction()->isEnabled()); // no case selected
    const QString path = folder.path(u"cases.csv"_s);
    controller.writeCaseTable(visible, path, false);
    const test::CsvTable table = test::readCsv(readFile(path));
    QVERIFY2(table.ok, qPrintable(table.problem));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1).at(0), cases.at(2).reference);
    QCOMPARE(table.rows.at(2).at(0), cases.at(0).reference);

    controller.writeCaseTable(visible, path, true);
    const QString anonymised = QString::fromUtf8(readFile(path));
    for (CaseId id : visible) {
        const QString surname
            = session.library().cases().find(id)->registrant.split(u' ').constLast();
        QVERIFY2(!anonymised.contains(surname, Qt::CaseInsensitive), qPrintable(surname));
    }
}

void TestDataExportController::passagesAndJsonThenImport()
{
    test::TempFolder folder;
    auto demo = demolibrary::create(folder.path(u"demo.casebench"_s));
    const CaseId id = demo->cases().findByReference(u"DEMO-NMC-002"_s)->id;
    LibrarySession demoSession(std::move(demo));
    QWidget window;
    SessionHost exportHost;
    exportHost.setSession(&demoSession);
    exportHost.setCurrentCase(id);
    DataExportController exporter(&window, &exportHost, [] { return QList<CaseId>(); });
    QVERIFY(exporter.exportJsonAction()->isEnabled());
    const QString csv = folder.path(u"nmc.csv"_s);
    exporter.writeCasePassages(id, csv, false);
    QVERIFY(test::readCsv(readFile(csv)).ok);
    QCOMPARE(DataExportController::caseTablePath(csv), folder.path(u"nmc-case.csv"_s));
    QCOMPARE(test::readCsv(readFile(folder.path(u"nmc-case.csv"_s))).rows.size(), 2);
    const QString json = folder.path(u"nmc.json"_s);
    exporter.writeCaseJson(id, json, false);

    LibrarySession target(Library::create(folder.path(u"target.casebench"_s)));
    SessionHost importHost;
    importHost.setSession(&target);
    DataExportController importer(&window, &importHost, [] { return QList<CaseId>(); });
    QSignalSpy imported(&importer, &DataExportController::caseImported);
    QSignalSpy added(&target, &LibrarySession::caseAdded);
    const CaseJsonImportReport report = importer.importCaseJson(json);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(added.count(), 1);
    QCOMPARE(report.reference, u"DEMO-NMC-002"_s);
    QVERIFY(target.library().cases().findByReference(u"DEMO-NMC-002"_s));
    // Again: the reference is taken, so the case is stored under the unique one.
    const CaseJsonImportReport again = importer.importCaseJson(json);
    QCOMPARE(again.reference, u"DEMO-NMC-002 (2)"_s);
    QCOMPARE(again.warnings.size(), 1);
    QCOMPARE(target.undoStack()->count(), 2);
    QSignalSpy removed(&target, &LibrarySession::caseRemoved);
    target.undoStack()->undo();
    target.undoStack()->undo();
    QCOMPARE(removed.count(), 2);
    QCOMPARE(target.library().cases().count(), 0);
}

void TestDataExportController::menus()
{
    test::TempFolder folder;
    MainWindow window;
    QVERIFY(window.createDemoLibrary(folder.path(u"demo.casebench"_s)));
    auto *exportMenu = window.menuBar()->findChild<QMenu *>(u"menuExport"_s);
    auto *importMenu = window.menuBar()->findChild<QMenu *>(u"menuImport"_s);
    QVERIFY(exportMenu && importMenu);
    auto *csv = window.findChild<QAction *>(u"actionExportCsv"_s);
    auto *json = window.findChild<QAction *>(u"actionExportJson"_s);
    auto *fromJson = window.findChild<QAction *>(u"actionImportCaseJson"_s);
    QVERIFY(csv && json && fromJson);
    QVERIFY(exportMenu->actions().contains(csv) && exportMenu->actions().contains(json));
    QVERIFY(importMenu->actions().contains(fromJson));
    QVERIFY(csv->isEnabled() && fromJson->isEnabled());
    window.selectCase(window.session()->library().cases().findByReference(u"DEMO-HCPC-001"_s)->id);
    QVERIFY(json->isEnabled());
    window.closeLibrary();
    QVERIFY(!csv->isEnabled() && !json->isEnabled() && !fromJson->isEnabled());
}

void TestDataExportController::backgroundExportsMatchTheSynchronousOnes()
{
    test::TempFolder folder;
    LibrarySession session(demolibrary::create(folder.path(u"demo.casebench"_s)));
    QList<CaseId> all;
    for (const Case &c : session.library().cases().all())
        all.append(c.id);
    const CaseId id = session.library().cases().findByReference(u"DEMO-NMC-002"_s)->id;
    QWidget window;
    SessionHost host;
    host.setSession(&session);
    host.setCurrentCase(id);
    DataExportController controller(&window, &host, [&] { return all; });
    controller.setShowErrors(false);
    QSignalSpy finished(&controller, &DataExportController::exportFinished);
    QSignalSpy failed(&controller, &DataExportController::exportFailed);

    for (const bool anonymise : {false, true}) {
        const QString tag = anonymise ? u"-anon"_s : QString();
        const QString syncTable = folder.path(u"sync%1.csv"_s.arg(tag));
        const QString bgTable = folder.path(u"background%1.csv"_s.arg(tag));
        controller.writeCaseTable(all, syncTable, anonymise);
        controller.startCaseTable(all, bgTable, anonymise);
        QVERIFY(controller.isExporting());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toString(), bgTable);
        QVERIFY(!readFile(bgTable).isEmpty());
        QCOMPARE(readFile(bgTable), readFile(syncTable));

        const QString syncPassages = folder.path(u"sync-passages%1.csv"_s.arg(tag));
        const QString bgPassages = folder.path(u"background-passages%1.csv"_s.arg(tag));
        controller.writeCasePassages(id, syncPassages, anonymise);
        controller.startCasePassages(id, bgPassages, anonymise);
        QVERIFY(finished.wait(60000));
        QCOMPARE(readFile(bgPassages), readFile(syncPassages));
        QCOMPARE(readFile(DataExportController::caseTablePath(bgPassages)),
                 readFile(DataExportController::caseTablePath(syncPassages)));

        const QString syncJson = folder.path(u"sync%1.json"_s.arg(tag));
        const QString bgJson = folder.path(u"background%1.json"_s.arg(tag));
        controller.writeCaseJson(id, syncJson, anonymise);
        controller.startCaseJson(id, bgJson, anonymise);
        QVERIFY(finished.wait(60000));
        QVERIFY(!readFile(bgJson).isEmpty());
        QCOMPARE(readFile(bgJson), readFile(syncJson));
    }
    QCOMPARE(failed.size(), 0);

    // A file that cannot be written: the failure names it, from the background too.
    const QString bad = folder.path(u"no-such-folder/cases.csv"_s);
    controller.startCaseTable(all, bad, false);
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(u"cases.csv"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!QFile::exists(bad));
}

void TestDataExportController::closingWhileExporting()
{
    test::TempFolder folder;
    LibrarySession session(demolibrary::create(folder.path(u"demo.casebench"_s)));
    QList<CaseId> all;
    for (const Case &c : session.library().cases().all())
        all.append(c.id);
    const QString sync = folder.path(u"sync.csv"_s);
    const QString path = folder.path(u"closing.csv"_s);
    SessionHost host;
    host.setSession(&session);
    auto window = std::make_unique<QWidget>();
    auto *controller = new DataExportController(window.get(), &host, [&] { return all; });
    controller->setShowErrors(false);
    controller->writeCaseTable(all, sync, false);
    QSignalSpy finished(controller, &DataExportController::exportFinished);
    for (int i = 0; i < 4; ++i)
        controller->startCaseTable(all, path, false);
    window.reset(); // the controller goes with its window while the export runs
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    // Cancelled before its end, or finished first: never half a file.
    if (QFile::exists(path))
        QCOMPARE(readFile(path), readFile(sync));
    // The library is still usable, and can be closed.
    QVERIFY(!session.library().cases().all().isEmpty());
}

QTEST_MAIN(TestDataExportController)
#include "tst_dataexportcontroller.moc"
