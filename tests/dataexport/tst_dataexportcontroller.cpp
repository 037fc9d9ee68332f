// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "testlibrary.h"

#include "commands/librarysession.h"
#include "demo/demolibrary.h"
#include "export/casejsonimporter.h"
#include "export/dataexportcontroller.h"
#include "mainwindow.h"
#include "model/libraryerror.h"
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
    QVERIFY_THROWS_EXCEPTION(LibraryError, importer.importCaseJson(json));
    QCOMPARE(target.undoStack()->count(), 1);
    QSignalSpy removed(&target, &LibrarySession::caseRemoved);
    target.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
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

QTEST_MAIN(TestDataExportController)
#include "tst_dataexportcontroller.moc"
