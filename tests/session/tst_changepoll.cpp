// SPDX-License-Identifier: GPL-3.0-or-later
// Live changes on an SQLite library: two connections to one file (two windows, or the app and
// casebench-cli). The ChangeFeed polls PRAGMA data_version and says changedElsewhere() for the
// other connection's commits, never for its own; the session relays it.
#include "commands/librarysession.h"
#include "model/case.h"
#include "storage/caserepository.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.title = u"Records altered after an inspection"_s;
    c.regulator = Regulator::Hcpc;
    return c;
}

} // namespace

class TestChangePoll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherConnectionsCommitsArrive();
    void ownWritesAreNotAnnounced();
    void sessionRelaysAReload();
};

void TestChangePoll::otherConnectionsCommitsArrive()
{
    test::TempFolder folder;
    const QString path = folder.path(u"shared.casebench"_s);
    auto mine = Library::create(path);
    auto theirs = Library::open(path);
    ChangeFeed feed(*mine);
    QVERIFY(feed.isLive());
    QSignalSpy changed(&feed, &ChangeFeed::changedElsewhere);
    QVERIFY(changed.isValid());

    // The default interval (two seconds): the change arrives within a few.
    theirs->cases().add(sampleCase(u"HCPC-1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(mine->cases().all().size(), 1);

    // One signal per poll however many commits came in between, and none while nothing changes.
    feed.setPollInterval(100);
    theirs->cases().add(sampleCase(u"HCPC-2"_s));
    theirs->cases().add(sampleCase(u"HCPC-3"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 3000);
    QTest::qWait(400);
    QCOMPARE(changed.count(), 2);
}

void TestChangePoll::ownWritesAreNotAnnounced()
{
    test::TempFolder folder;
    const QString path = folder.path(u"own.casebench"_s);
    auto mine = Library::create(path);
    ChangeFeed feed(*mine);
    feed.setPollInterval(50);
    QSignalSpy changed(&feed, &ChangeFeed::changedElsewhere);
    for (int i = 0; i < 5; ++i) {
        mine->cases().add(sampleCase(u"OWN-%1"_s.arg(i)));
        QTest::qWait(80);
    }
    feed.poll();
    QCOMPARE(changed.count(), 0);
    // A reader elsewhere changes nothing either.
    auto reader = Library::open(path);
    QCOMPARE(reader->cases().all().size(), 5);
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
}

void TestChangePoll::sessionRelaysAReload()
{
    test::TempFolder folder;
    const QString path = folder.path(u"session.casebench"_s);
    Library::create(path).reset();
    LibrarySession window(Library::open(path));
    LibrarySession other(Library::open(path)); // a second window on the same file
    window.changeFeed()->setPollInterval(100);
    other.changeFeed()->setPollInterval(100);
    QSignalSpy windowSaw(&window, &LibrarySession::changedElsewhere);
    QSignalSpy windowCodebook(&window, &LibrarySession::codebookChanged);
    QSignalSpy otherSaw(&other, &LibrarySession::changedElsewhere);

    const CaseId id = other.addCase(sampleCase(u"HCPC-9"_s));
    QTRY_COMPARE_WITH_TIMEOUT(windowSaw.count(), 1, 3000);
    QCOMPARE(windowCodebook.count(), 1);
    QVERIFY(window.library().cases().find(id));
    QTest::qWait(300);
    QCOMPARE(otherSaw.count(), 0); // its own edit

    // Undo in the other window is a commit there too.
    other.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(windowSaw.count(), 2, 3000);
    QVERIFY(!window.library().cases().find(id));
    QCOMPARE(otherSaw.count(), 0);
}

QTEST_GUILESS_MAIN(TestChangePoll)
#include "tst_changepoll.moc"
