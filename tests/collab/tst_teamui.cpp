// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Connect to Team Library…: the dialog's refusals in one sentence, recent URLs kept
// without passwords, connecting to the test server (the window's title names the database and
// server), and a reader's role greying out the editing actions. Needs the PostgreSQL test server.
#include "caseform.h"
#include "casepanel.h"
#include "commands/librarysession.h"
#include "fieldmessage.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "pgtestserver.h"
#include "precedents/precedentlistmodel.h"
#include "precedents/precedentsdock.h"
#include "precedents/precedentswiring.h"
#include "reader/readerwindow.h"
#include "reader/readerwiring.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/postgresurl.h"
#include "team/connectdialog.h"
#include "team/teamsettings.h"
#include "team/teamwiring.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;
using namespace casebench::ui;

class TestTeamUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesWhatIsNotAServerAddress();
    void unreachableServerIsOneSentence();
    void recentUrlsNeverHoldPasswords();
    void knowsWhenTheServerWantsAPassword();
    void connectsAndNamesTheServer();
    void readersRoleGreysOutEditing();

private:
    std::unique_ptr<test::IsolatedSettings> m_settings;
};

void TestTeamUi::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
}

void TestTeamUi::refusesWhatIsNotAServerAddress()
{
    ConnectDialog dialog;
    dialog.setUrl(u"/home/anna/cases.casebench"_s);
    dialog.tryConnect();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.message()->hasError());
    QVERIFY2(dialog.message()->text().contains(u"starts with postgresql://"_s),
             qPrintable(dialog.message()->text()));
    QVERIFY(!dialog.takeLibrary());
}

void TestTeamUi::unreachableServerIsOneSentence()
{
    ConnectDialog dialog;
    bool asked = false;
    dialog.setPasswordPrompt([&asked](const QString &, QString &) {
        asked = true;
        return false;
    });
    dialog.setUrl(u"postgresql://anna@127.0.0.1:1/casework?connect_timeout=2"_s);
    dialog.tryConnect();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!asked);
    const QString text = dialog.message()->text();
    QVERIFY2(text.startsWith(u"Casebench could not connect to "_s), qPrintable(text));
    QVERIFY2(text.endsWith(u'.') && !text.contains(u'\n'), qPrintable(text));
}

void TestTeamUi::recentUrlsNeverHoldPasswords()
{
    TeamSettings settings;
    settings.addRecentUrl(u"postgresql://anna:s3cret@db.example.org:5433/casework"_s);
    settings.addRecentUrl(u"not a url"_s);
    const QStringList urls = TeamSettings().recentUrls();
    QCOMPARE(urls.size(), 1);
    QVERIFY(!urls.first().contains(u"s3cret"_s));
    QVERIFY(urls.first().contains(u"db.example.org"_s));
    // The dialog offers them.
    ConnectDialog dialog;
    QCOMPARE(dialog.findChild<QComboBox *>(u"url"_s)->itemText(0), urls.first());
}

void TestTeamUi::knowsWhenTheServerWantsAPassword()
{
    QVERIFY(ConnectDialog::needsPassword(
        u"Casebench could not connect to x: fe_sendauth: no password supplied."_s));
    QVERIFY(ConnectDialog::needsPassword(
        u"Casebench could not connect to x: FATAL: password authentication failed for user \"anna\"."_s));
    QVERIFY(
        !ConnectDialog::needsPassword(u"Casebench could not connect to x: Connection refused."_s));
}

void TestTeamUi::connectsAndNamesTheServer()
{
    const QString url = test::freshPostgresUrl(u"teamui"_s);
    demolibrary::create(url).reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"actionConnectTeamLibrary"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"Connect to &Team Library…"_s);

    ConnectDialog dialog(&window);
    dialog.setUrl(url);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shot = QDir::temp().filePath(u"casebench-connect-dialog.png"_s);
    dialog.grab().save(shot);
    dialog.tryConnect();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    window.showLibrary(dialog.takeLibrary());
    PostgresUrl parsed;
    QString problem;
    QVERIFY(PostgresUrl::parse(url, parsed, problem));
    QCOMPARE(window.windowTitle(), u"%1 on %2 — Casebench"_s.arg(parsed.database, parsed.host));
    QVERIFY(window.caseModel()->rowCount() > 0);
    QVERIFY(window.findChild<QAction *>(u"actionNewCase"_s)->isEnabled());
    QCOMPARE(TeamSettings().recentUrls().first(), url);
    // Precedents and search run on their own connection to the server.
    const CaseId first = window.session()->library().cases().all().first().id;
    window.selectCase(first);
    PrecedentsDock *precedents = window.feature<PrecedentsWiring>()->precedentsDock();
    QCOMPARE(precedents->caseId(), first);
    QTRY_VERIFY(!precedents->refreshPending());
    QVERIFY(precedents->model()->rowCount() > 0);
    SearchDock *search = window.feature<PrecedentsWiring>()->searchDock();
    search->queryField()->setText(u"supervision"_s);
    search->search();
    QTRY_VERIFY(!search->searchPending());
    QVERIFY(search->model()->rowCount() > 0);
    window.grab().save(QDir::temp().filePath(u"casebench-team-window.png"_s));
}

void TestTeamUi::readersRoleGreysOutEditing()
{
    const QString url = test::freshPostgresUrl(u"teamui_reader"_s);
    demolibrary::create(url).reset();
    QProcess psql;
    psql.start(u"psql"_s, {url, u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-f"_s,
                           QString::fromUtf8(CASEBENCH_ROLES_SQL)});
    QVERIFY2(psql.waitForFinished(60000), "psql did not finish");
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    const QString reader = u"observer_"_s + QString::number(QCoreApplication::applicationPid());
    {
        auto admin = Database::openPostgres(url);
        admin->exec(u"DROP ROLE IF EXISTS %1"_s.arg(reader));
        admin->exec(u"CREATE ROLE %1 LOGIN IN ROLE casebench_reader"_s.arg(reader));
    }
    PostgresUrl asReader;
    QString problem;
    QVERIFY(PostgresUrl::parse(url, asReader, problem));
    asReader.user = reader;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showLibrary(Library::open(asReader.withoutPassword()));
    QVERIFY(window.session()->library().isReadOnly());
    QVERIFY(window.caseModel()->rowCount() > 0); // browsing works
    for (const auto name :
         {u"actionNewCase", u"actionDeleteCase", u"actionImportDocuments", u"actionCodebook"}) {
        auto *action = window.findChild<QAction *>(QString::fromUtf16(name));
        QVERIFY2(action, qPrintable(QString::fromUtf16(name)));
        QVERIFY2(!action->isEnabled(), qPrintable(QString::fromUtf16(name)));
    }
    QVERIFY(window.findChild<QAction *>(u"actionFind"_s)->isEnabled());
    const CaseId first = window.session()->library().cases().all().first().id;
    window.selectCase(first);
    QVERIFY(!window.casePanel()->form()->isEnabled());
    // The reader opens for reading; tagging is greyed out and refused.
    const QList<Document> documents = window.session()->library().documents().forCase(first, false);
    QVERIFY(!documents.isEmpty());
    ReaderWindow *readerWindow = window.feature<ReaderWiring>()->openDocument(documents.first().id,
                                                                              0, 20);
    QVERIFY(readerWindow);
    auto *quickPick = readerWindow->findChild<QAction *>(u"readerActionQuickPick"_s);
    QVERIFY(quickPick);
    QVERIFY(!quickPick->isEnabled());
    const qsizetype passages
        = window.session()->library().passages().forDocument(documents.first().id).size();
    const FactorId factor = window.session()->library().codebook().all().first().id;
    QVERIFY(!readerWindow->tagSelection(factor));
    QCOMPARE(window.session()->library().passages().forDocument(documents.first().id).size(),
             passages);
    QVERIFY(readerWindow->statusBar()->currentMessage().contains(u"read-only"_s));
    readerWindow->close();
}

QTEST_MAIN(TestTeamUi)
#include "tst_teamui.moc"
