// SPDX-License-Identifier: GPL-3.0-or-later
// Two reviewers on one library: authors, row versions and conflicts (both orders), undo after
// another reviewer's edit, read-only libraries and copying a library. Built twice: on SQLite
// (two connections to one file) and, with CASEBENCH_COLLAB_POSTGRES, on the test server (with
// LISTEN/NOTIFY and the roles of packaging/postgresql/roles.sql).
#include "commands/librarysession.h"
#include "export/casejson.h"
#include "model/conflicterror.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/changefeed.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/librarycopier.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#ifdef CASEBENCH_COLLAB_POSTGRES
#include "pgtestserver.h"
#include "storage/postgresurl.h"
#include <QProcess>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

#ifdef CASEBENCH_COLLAB_POSTGRES
constexpr bool onPostgres = true;
#else
constexpr bool onPostgres = false;
#endif

/// Everything show --json says about a case, for comparing libraries.
QByteArray caseJson(Library &library, const Case &c)
{
    QJsonObject o{{u"case"_s, casejson::toJson(c)}};
    QJsonArray sanctions;
    for (const Sanction &s : library.sanctions().forCase(c.id))
        sanctions.append(casejson::toJson(s));
    QJsonArray documents;
    for (const Document &d : library.documents().forCase(c.id))
        documents.append(casejson::toJson(*library.documents().find(d.id), true));
    QJsonArray passages;
    for (const Passage &p : library.passages().forCase(c.id))
        passages.append(casejson::toJson(p));
    o.insert(u"sanctions"_s, sanctions);
    o.insert(u"documents"_s, documents);
    o.insert(u"passages"_s, passages);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray libraryJson(Library &library)
{
    QByteArray all;
    for (const Case &c : library.cases().all())
        all += caseJson(library, c) + '\n';
    for (const Factor &f : library.codebook().all())
        all += f.key.toUtf8() + ' ' + f.name.toUtf8() + ' ' + QByteArray::number(f.id.value) + ' '
               + QByteArray::number(f.parent.value) + '\n';
    return all;
}

} // namespace

class TestCollab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authorsAreRecorded();
    void noLostUpdateOnNotes_data();
    void noLostUpdateOnNotes();
    void factorConflictNamesTheFactor();
    void aFailingSlotDoesNotHideTheConflict();
    void deletedPassageIsReported();
    void undoOverAnotherReviewersEditIsRefused();
    void staleCaseEditIsRefused();
    void conflictMessageTellsTheDay();
    void changeFeedParsesPayloads();
    void copyKeepsEverything();
    void copyRefusesAnExistingDestination();
#ifdef CASEBENCH_COLLAB_POSTGRES
    void otherReviewersChangesArrive();
    void readOnlyRoleIsRefusedByTheServer();
#else
    void sqliteLibraryIsWritable();
#endif

private:
    QString newLocation(const QString &name);

    std::unique_ptr<test::TempFolder> m_folder;
    QString m_location;
    std::unique_ptr<LibrarySession> m_anna;
    std::unique_ptr<LibrarySession> m_ben;
    Passage m_passage; ///< a demo passage both reviewers start from
};

QString TestCollab::newLocation(const QString &name)
{
#ifdef CASEBENCH_COLLAB_POSTGRES
    return test::freshPostgresUrl(name);
#else
    return m_folder->path(name + u".casebench"_s);
#endif
}

void TestCollab::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_location = newLocation(QString::fromLatin1(QTest::currentTestFunction()));
    {
        auto library = demolibrary::create(m_location);
        QVERIFY(library);
    }
    auto anna = Library::open(m_location);
    anna->setAuthor(u"Anna"_s);
    auto ben = Library::open(m_location);
    ben->setAuthor(u"Ben"_s);
    m_anna = std::make_unique<LibrarySession>(std::move(anna));
    m_ben = std::make_unique<LibrarySession>(std::move(ben));
    const QList<Case> cases = m_anna->library().cases().all();
    QVERIFY(!cases.isEmpty());
    const QList<Passage> passages = m_anna->library().passages().forCase(cases.first().id);
    QVERIFY(!passages.isEmpty());
    m_passage = passages.first();
    QVERIFY(m_passage.rowVersion >= 1);
}

void TestCollab::cleanup()
{
    m_ben.reset();
    m_anna.reset();
    m_folder.reset();
}

void TestCollab::authorsAreRecorded()
{
    const Passage &p = m_passage;
    const Document doc = *m_anna->library().documents().find(p.document);
    const int start = p.end + 1 < doc.text.size() - 5 ? p.end + 1 : 0;
    const PassageId tagged = m_anna->tagPassage(p.document, p.factor, start, start + 5);
    const Passage byAnna = *m_ben->library().passages().find(tagged);
    QCOMPARE(byAnna.author, u"Anna"_s);
    QCOMPARE(byAnna.modifiedBy, u"Anna"_s);
    QCOMPARE(byAnna.rowVersion, 1);

    m_ben->setPassageNote(byAnna, u"Ben's reading"_s);
    const Passage byBen = *m_anna->library().passages().find(tagged);
    QCOMPARE(byBen.author, u"Anna"_s); // the tag is still Anna's
    QCOMPARE(byBen.modifiedBy, u"Ben"_s);
    QCOMPARE(byBen.rowVersion, 2);
    QCOMPARE(casejson::toJson(byBen).value(u"modified_by"_s).toString(), u"Ben"_s);

    Case c = *m_anna->library().cases().find(doc.caseId);
    c.title = u"Retitled by Anna"_s;
    m_anna->updateCase(c, u"title"_s);
    QCOMPARE(m_ben->library().cases().find(doc.caseId)->modifiedBy, u"Anna"_s);
}

void TestCollab::noLostUpdateOnNotes_data()
{
    QTest::addColumn<bool>("annaFirst");
    QTest::newRow("Anna writes first") << true;
    QTest::newRow("Ben writes first") << false;
}

void TestCollab::noLostUpdateOnNotes()
{
    QFETCH(bool, annaFirst);
    // Both read the passage, then both change its note.
    const Passage seenByAnna = *m_anna->library().passages().find(m_passage.id);
    const Passage seenByBen = *m_ben->library().passages().find(m_passage.id);
    LibrarySession &first = annaFirst ? *m_anna : *m_ben;
    LibrarySession &second = annaFirst ? *m_ben : *m_anna;
    const QString firstName = annaFirst ? u"Anna"_s : u"Ben"_s;
    const QString firstNote = firstName + u" thinks this shows insight"_s;

    first.setPassageNote(annaFirst ? seenByAnna : seenByBen, firstNote);
    QCOMPARE(first.undoStack()->count(), 1);

    QSignalSpy reloaded(&second, &LibrarySession::passageChanged);
    const int stackBefore = second.undoStack()->count();
    try {
        second.setPassageNote(annaFirst ? seenByBen : seenByAnna, u"A different note"_s);
        QFAIL("the second write over a stale passage was saved");
    } catch (const ConflictError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Conflict);
        QVERIFY2(e.message().startsWith(firstName + u" changed this passage's note at "_s),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"to “%1”; your change was not saved."_s.arg(firstNote)),
                 qPrintable(e.message()));
        QCOMPARE(e.changedBy(), firstName);
        QVERIFY(e.currentPassage);
        QCOMPARE(e.currentPassage->note, firstNote);
    }
    // Nothing pushed for the loser, whose views were told to reload the winner's version.
    QCOMPARE(second.undoStack()->count(), stackBefore);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(reloaded.first().first().value<PassageId>(), m_passage.id);
    for (LibrarySession *s : {m_anna.get(), m_ben.get()})
        QCOMPARE(s->library().passages().find(m_passage.id)->note, firstNote);

    // Made again over the version now shown, the loser's change is saved.
    const Passage fresh = *second.library().passages().find(m_passage.id);
    second.setPassageNote(fresh, u"Agreed, with a caveat"_s);
    QCOMPARE(first.library().passages().find(m_passage.id)->note, u"Agreed, with a caveat"_s);
}

void TestCollab::factorConflictNamesTheFactor()
{
    const Passage seenByBen = *m_ben->library().passages().find(m_passage.id);
    const QList<Factor> factors = m_anna->library().codebook().all();
    Factor other;
    for (const Factor &f : factors) {
        if (f.id != m_passage.factor) {
            other = f;
            break;
        }
    }
    m_anna->setPassageFactor(m_passage.id, other.id);
    try {
        m_ben->removePassage(seenByBen);
        QFAIL("a passage re-tagged by another reviewer was deleted");
    } catch (const ConflictError &e) {
        QVERIFY2(e.message().startsWith(u"Anna tagged this passage as %1 at "_s.arg(other.name)),
                 qPrintable(e.message()));
    }
    QVERIFY(m_anna->library().passages().find(m_passage.id));
    QCOMPARE(m_ben->undoStack()->count(), 0);
}

void TestCollab::aFailingSlotDoesNotHideTheConflict()
{
    // The loser's views are told to reload the winner's version; a view whose reload fails is
    // reported through errorOccurred, and the conflict still reaches the caller.
    const Passage seenByBen = *m_ben->library().passages().find(m_passage.id);
    m_anna->setPassageNote(seenByBen, u"Anna's note"_s);
    const auto connection = connect(m_ben.get(), &LibrarySession::passageChanged, this, [] {
        throw LibraryError(LibraryError::Kind::Sql, u"the view could not reload"_s);
    });
    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    bool conflict = false;
    try {
        m_ben->setPassageNote(seenByBen, u"Ben's note"_s);
    } catch (const ConflictError &e) {
        conflict = e.message().startsWith(u"Anna changed this passage's note at "_s);
    } catch (const LibraryError &e) {
        QFAIL(qPrintable(u"another error replaced the conflict: "_s + e.message()));
    }
    disconnect(connection);
    QVERIFY(conflict);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), u"the view could not reload"_s);
    QCOMPARE(m_ben->library().passages().find(m_passage.id)->note, u"Anna's note"_s);
}

void TestCollab::deletedPassageIsReported()
{
    const Passage seenByBen = *m_ben->library().passages().find(m_passage.id);
    m_anna->removePassage(m_passage.id);
    QSignalSpy removed(m_ben.get(), &LibrarySession::passageRemoved);
    try {
        m_ben->setPassageNote(seenByBen, u"Too late"_s);
        QFAIL("a note was written to a deleted passage");
    } catch (const LibraryError &e) {
        // Either the session saw the passage gone, or the storage refused the stale write.
        QVERIFY2(e.kind() == LibraryError::Kind::NotFound
                     || e.kind() == LibraryError::Kind::Conflict,
                 qPrintable(e.message()));
    }
    QVERIFY(!m_ben->library().passages().find(m_passage.id));
    QCOMPARE(m_ben->undoStack()->count(), 0);
}

void TestCollab::undoOverAnotherReviewersEditIsRefused()
{
    // Anna tags a span; Ben writes a note on her passage; Anna's undo must not delete Ben's work.
    const Document doc = *m_anna->library().documents().find(m_passage.document);
    const PassageId tagged = m_anna->tagPassage(doc.id, m_passage.factor, 0, 12);
    m_ben->setPassageNote(tagged, u"Ben's note"_s);

    QSignalSpy errors(m_anna.get(), &LibrarySession::errorOccurred);
    QSignalSpy reloaded(m_anna.get(), &LibrarySession::passageChanged);
    QCOMPARE(m_anna->undoStack()->count(), 1);
    m_anna->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(u"Ben changed this passage's note at "_s), qPrintable(message));
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(m_anna->library().passages().find(tagged)->note, u"Ben's note"_s);
    // The failed command is dropped: the stack holds nothing that could redo over Ben's note.
    QCOMPARE(m_anna->undoStack()->count(), 0);
    QVERIFY(!m_anna->undoStack()->canRedo());

    // Ben's own undo still works: his note goes, Anna's tag stays.
    m_ben->undoStack()->undo();
    QCOMPARE(m_anna->library().passages().find(tagged)->note, QString());
}

void TestCollab::staleCaseEditIsRefused()
{
    const CaseId id = m_anna->library().cases().all().first().id;
    Case seenByAnna = *m_anna->library().cases().find(id);
    Case seenByBen = *m_ben->library().cases().find(id);
    seenByBen.notes = u"Ben's notes"_s;
    m_ben->updateCase(seenByBen, u"notes"_s);

    QSignalSpy reloaded(m_anna.get(), &LibrarySession::caseChanged);
    seenByAnna.title = u"Anna's title"_s;
    try {
        m_anna->updateCase(seenByAnna, u"title"_s);
        QFAIL("a stale case was written over");
    } catch (const ConflictError &e) {
        QVERIFY2(e.message().startsWith(u"Ben changed the case %1 at "_s.arg(seenByAnna.reference)),
                 qPrintable(e.message()));
        QVERIFY(e.currentCase);
        QCOMPARE(e.currentCase->notes, u"Ben's notes"_s);
    }
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(m_anna->undoStack()->count(), 0);
    const Case now = *m_anna->library().cases().find(id);
    QCOMPARE(now.notes, u"Ben's notes"_s);
    QVERIFY(now.title != u"Anna's title"_s);

    // Ben's undo after Anna's later edit (made over the current version) is refused in turn.
    Case current = now;
    current.title = u"Anna's title"_s;
    m_anna->updateCase(current, u"title"_s);
    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    m_ben->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().startsWith(u"Anna changed the case "_s),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_ben->library().cases().find(id)->title, u"Anna's title"_s);
    QCOMPARE(m_ben->library().cases().find(id)->notes, u"Ben's notes"_s);
}

void TestCollab::conflictMessageTellsTheDay()
{
    // The storage's own message names the reviewer even without the session's wording.
    Passage stale = *m_ben->library().passages().find(m_passage.id);
    m_anna->setPassageNote(m_passage.id, u"Anna's"_s);
    stale.note = u"Ben's"_s;
    try {
        m_ben->library().passages().update(stale);
        QFAIL("a stale update was saved");
    } catch (const ConflictError &e) {
        QVERIFY2(e.message().contains(u"was changed by Anna at "_s), qPrintable(e.message()));
        QCOMPARE(e.currentPassage->note, u"Anna's"_s);
    }
}

void TestCollab::changeFeedParsesPayloads()
{
    QString table;
    CaseId caseId;
    qint64 row = 0;
    ChangeFeed::Operation op = ChangeFeed::Operation::Insert;
    QVERIFY(ChangeFeed::parse(u"passages:12:345:update"_s, table, caseId, row, op));
    QCOMPARE(table, u"passages"_s);
    QCOMPARE(caseId, CaseId(12));
    QCOMPARE(row, 345);
    QCOMPARE(op, ChangeFeed::Operation::Update);
    QVERIFY(ChangeFeed::parse(u"cases:7:7:delete"_s, table, caseId, row, op));
    QCOMPARE(op, ChangeFeed::Operation::Delete);
    QVERIFY(ChangeFeed::parse(u"sanctions::9"_s, table, caseId, row, op));
    QVERIFY(!caseId.isValid());
    QVERIFY(!ChangeFeed::parse(u"users:1:1"_s, table, caseId, row, op));
    QVERIFY(!ChangeFeed::parse(u"passages:1:x"_s, table, caseId, row, op));
    QVERIFY(!ChangeFeed::parse(u"passages:1:2:truncate"_s, table, caseId, row, op));
    // PostgreSQL listens; SQLite polls data_version (tests/session/tst_changepoll).
    QVERIFY2(m_anna->changeFeed()->isLive(), onPostgres ? "not listening" : "not polling");
}

void TestCollab::copyKeepsEverything()
{
    // demo → this backend (m_location) → a new file → (on PostgreSQL) back to a new database.
    const QString file = m_folder->path(u"copy.casebench"_s);
    const LibraryCopier::Report report = LibraryCopier::copy(m_location, file);
    QVERIFY(report.totalRows() > 100);
    auto copy = Library::open(file);
    QCOMPARE(libraryJson(*copy), libraryJson(m_anna->library()));
    QVERIFY2(copy->check().ok(), qPrintable(copy->check().problems.join(u'\n')));
    // The copy goes on under new ids past the copied ones, and its search index is whole.
    const Document doc = *copy->documents().find(m_passage.document);
    Passage added = Passage::fromSpan(doc.text, doc.id, m_passage.factor, 0, 4);
    QVERIFY(copy->passages().add(added).id.value > m_passage.id.value);
    copy.reset();
    const QString back = newLocation(u"copy_back"_s);
    LibraryCopier::copy(file, back);
    auto again = Library::open(back);
    auto viaFile = Library::open(file);
    QCOMPARE(libraryJson(*again), libraryJson(*viaFile));
}

void TestCollab::copyRefusesAnExistingDestination()
{
    const QString file = m_folder->path(u"taken.casebench"_s);
    Library::create(file).reset();
    try {
        LibraryCopier::copy(m_location, file);
        QFAIL("copy-library wrote over an existing library");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::AlreadyExists);
    }
    try {
        LibraryCopier::copy(m_location, m_location);
        QFAIL("copy-library copied a library onto itself");
    } catch (const LibraryError &e) {
        QVERIFY(!e.message().isEmpty());
    }
}

#ifdef CASEBENCH_COLLAB_POSTGRES

void TestCollab::otherReviewersChangesArrive()
{
    QVERIFY(m_anna->changeFeed()->isLive());
    QSignalSpy annaAdded(m_anna.get(), &LibrarySession::passageAdded);
    QSignalSpy annaChanged(m_anna.get(), &LibrarySession::passageChanged);
    QSignalSpy annaCase(m_anna.get(), &LibrarySession::caseChanged);
    QSignalSpy benAdded(m_ben.get(), &LibrarySession::passageAdded);

    // Ben tags a passage: Anna's open windows hear of it without a restart.
    const PassageId tagged = m_ben->tagPassage(m_passage.document, m_passage.factor, 0, 9);
    QCOMPARE(benAdded.count(), 1); // from his own session, once: his own notification is ignored
    QTRY_COMPARE_WITH_TIMEOUT(annaAdded.count(), 1, 10000);
    QCOMPARE(annaAdded.first().first().value<PassageId>(), tagged);
    const Document doc = *m_anna->library().documents().find(m_passage.document);
    QTRY_VERIFY_WITH_TIMEOUT(annaCase.contains(QVariantList{QVariant::fromValue(doc.caseId)}),
                             5000);

    m_ben->setPassageNote(tagged, u"Seen live"_s);
    QTRY_COMPARE_WITH_TIMEOUT(annaChanged.count(), 1, 10000);
    QCOMPARE(m_anna->library().passages().find(tagged)->note, u"Seen live"_s);
    QTest::qWait(200);
    QCOMPARE(benAdded.count(), 1);
}

void TestCollab::readOnlyRoleIsRefusedByTheServer()
{
    // The shipped roles.sql, run with psql as the documentation says.
    PostgresUrl url;
    QString problem;
    QVERIFY2(PostgresUrl::parse(m_location, url, problem), qPrintable(problem));
    QProcess psql;
    psql.start(u"psql"_s, {m_location, u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-f"_s,
                           QString::fromUtf8(CASEBENCH_ROLES_SQL)});
    QVERIFY2(psql.waitForFinished(60000), "psql did not finish");
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString reader = u"reader_"_s + suffix;
    const QString reviewer = u"reviewer_"_s + suffix;
    {
        auto admin = Database::openPostgres(m_location);
        for (const auto &[name, role] : {std::pair{reader, u"casebench_reader"_s},
                                         std::pair{reviewer, u"casebench_reviewer"_s}}) {
            admin->exec(u"DROP ROLE IF EXISTS %1"_s.arg(name));
            admin->exec(u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(name, role));
        }
    }
    PostgresUrl asReader = url;
    asReader.user = reader;
    PostgresUrl asReviewer = url;
    asReviewer.user = reviewer;

    auto readOnly = Library::open(asReader.withoutPassword());
    QVERIFY(readOnly->isReadOnly());
    QVERIFY(!m_anna->library().isReadOnly());
    QCOMPARE(readOnly->author(), reader);
    // Browsing works...
    QCOMPARE(readOnly->cases().count(), m_anna->library().cases().count());
    QVERIFY(readOnly->passages().find(m_passage.id));
    // ...writing is refused by the server, in a sentence.
    LibrarySession session(std::move(readOnly));
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            if (attempt == 0)
                session.setPassageNote(m_passage.id, u"Observer's note"_s);
            else
                session.tagPassage(m_passage.document, m_passage.factor, 0, 5);
            QFAIL("the read-only role wrote to the library");
        } catch (const LibraryError &e) {
            QVERIFY2(e.message().contains(u"your role on the server may not make it"_s),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u"ERROR:"_s), qPrintable(e.message()));
        }
    }
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(m_anna->library().passages().find(m_passage.id)->note, m_passage.note);

    auto writer = Library::open(asReviewer.withoutPassword());
    QVERIFY(!writer->isReadOnly());
    LibrarySession reviewing(std::move(writer));
    const PassageId id = reviewing.tagPassage(m_passage.document, m_passage.factor, 0, 5);
    QCOMPARE(m_anna->library().passages().find(id)->author, reviewer);
}

#else

void TestCollab::sqliteLibraryIsWritable()
{
    QVERIFY(!m_anna->library().isReadOnly());
    // The OS user's name is the default author; settable for tests.
    auto library = Library::open(m_location);
    QVERIFY(!library->author().isEmpty());
    library->setAuthor(u"  Carla "_s);
    QCOMPARE(library->author(), u"Carla"_s);
}

#endif

QTEST_GUILESS_MAIN(TestCollab)
#include "tst_collab.moc"
