// SPDX-License-Identifier: GPL-3.0-or-later
// A team library whose role must give a password: typed once into the Connect dialog, it serves
// the precedents and search docks, which open their own connection by the library's address
// alone on a background thread. And an SQLite library changed by another program is shown as
// it is now without a restart. Needs the PostgreSQL test server (tests/postgres/testserver.sh).
#include "casepanel.h"
#include "commands/librarysession.h"
#include "fieldmessage.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "pgtestserver.h"
#include "precedents/precedentlistmodel.h"
#include "precedents/precedentsdock.h"
#include "precedents/precedentswiring.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "storage/caserepository.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "storage/postgresurl.h"
#include "storage/sessioncredentials.h"
#include "team/connectdialog.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;
using namespace casebench::ui;

class TestSessionUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void docksWorkOnAPasswordLibrary();
    void fileChangedElsewhereIsShown();

private:
    std::unique_ptr<test::IsolatedSettings> m_settings;
};

void TestSessionUi::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/casebench-pgpass"));
}

void TestSessionUi::docksWorkOnAPasswordLibrary()
{
    const QString owner = test::freshPostgresUrl(u"sessionui"_s);
    demolibrary::create(owner).reset();
    const QString role = u"pw_window_%1"_s.arg(QCoreApplication::applicationPid());
    const QString secret = u"battery-staple-9"_s;
    {
        auto admin = Database::openPostgres(owner);
        admin->exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
        admin->exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE casebench_password_users"_s.arg(
            role, secret));
        admin->exec(
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(
                role));
        admin->exec(
            u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role));
    }
    PostgresUrl parsed;
    QString problem;
    QVERIFY(PostgresUrl::parse(owner, parsed, problem));
    parsed.user = role;
    const QString url = parsed.withoutPassword();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectDialog dialog(&window);
    int asked = 0;
    dialog.setPasswordPrompt([&](const QString &shown, QString &password) {
        ++asked;
        if (shown != url)
            return false;
        password = secret;
        return true;
    });
    dialog.setUrl(url);
    dialog.tryConnect();
    QCOMPARE(asked, 1);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()->text()));
    window.showLibrary(dialog.takeLibrary());
    // The window's connection holds the password (and the docks' own, once they have opened).
    QVERIFY(SessionCredentials::holders(SessionCredentials::key(parsed)) >= 1);

    // The docks open their own connection, by the address alone, with the typed password.
    const CaseId first = window.session()->library().cases().all().first().id;
    window.selectCase(first);
    PrecedentsDock *precedents = window.feature<PrecedentsWiring>()->precedentsDock();
    QCOMPARE(precedents->caseId(), first);
    QTRY_VERIFY_WITH_TIMEOUT(!precedents->refreshPending(), 30000);
    QVERIFY(precedents->model()->rowCount() > 0);
    SearchDock *search = window.feature<PrecedentsWiring>()->searchDock();
    search->queryField()->setText(u"supervision"_s);
    search->search();
    QTRY_VERIFY_WITH_TIMEOUT(!search->searchPending(), 30000);
    QVERIFY(search->model()->rowCount() > 0);

    // Closing the library forgets the password once the docks' connection has closed too.
    window.closeLibrary();
    QTRY_COMPARE_WITH_TIMEOUT(SessionCredentials::holders(SessionCredentials::key(parsed)), 0,
                              10000);
}

void TestSessionUi::fileChangedElsewhereIsShown()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"shared.casebench"_s);
    demolibrary::create(path).reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showLibrary(Library::open(path));
    window.session()->changeFeed()->setPollInterval(100);
    const int rows = window.caseModel()->rowCount();
    const CaseId shown = window.session()->library().cases().all().last().id;
    window.selectCase(shown);

    // casebench-cli, or another window, adds a case to the same file.
    {
        auto other = Library::open(path);
        Case c;
        c.reference = u"ZZ-ELSEWHERE-1"_s;
        c.title = u"Added by another program"_s;
        c.regulator = Regulator::Gmc;
        other->cases().add(c);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.caseModel()->rowCount(), rows + 1, 5000);
    QCOMPARE(window.selectedCase(), shown); // the case shown stays shown
    QCOMPARE(window.casePanel()->caseId(), shown);
    window.grab().save(QDir::temp().filePath(u"casebench-changed-elsewhere.png"_s));
}

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
