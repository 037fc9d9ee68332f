// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
#include "commands/librarysession.h"
#include "export/anonymisationlist.h"
#include "export/anonymiser.h"
#include "model/libraryerror.h"
#include "oldlibrary.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

AnonymisationEntry entry(const QString &original, const QString &replacement,
                         bool confirmed = false,
                         AnonymisationEntry::Kind kind = AnonymisationEntry::Kind::Other)
{
    AnonymisationEntry e;
    e.original = original;
    e.replacement = replacement;
    e.kind = kind;
    e.confirmed = confirmed;
    return e;
}

QStringList originals(const QList<AnonymisationEntry> &list)
{
    QStringList names;
    for (const AnonymisationEntry &e : list)
        names << e.original;
    return names;
}

} // namespace

class TestAnonymisationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<test::TempFolder>();
        m_session = std::make_unique<LibrarySession>(
            Library::create(m_folder->path(u"a.casebench"_s)));
        Case c;
        c.reference = u"ANON-1"_s;
        c.regulator = Regulator::Hcpc;
        c.registrant = u"Jane Smith"_s;
        m_case = m_session->addCase(c);
        m_session->undoStack()->clear();
    }

    void cleanup()
    {
        m_session.reset();
        m_folder.reset();
    }

    void repositoryRoundTrip()
    {
        AnonymisationRepository &repo = m_session->library().anonymisation();
        QVERIFY(repo.forCase(m_case).isEmpty());
        const AnonymisationEntry a = repo.add(m_case, entry(u"Riverside Ward"_s, u"the Ward"_s,
                                                            true, AnonymisationEntry::Kind::Place));
        const AnonymisationEntry b = repo.add(m_case, entry(u"Zoë O'Brien"_s, u"Person A"_s));
        QVERIFY(a.id > 0 && b.id > a.id);
        QCOMPARE(repo.forCase(m_case), (QList<AnonymisationEntry>{a, b}));
        QCOMPARE(repo.find(b.id).position, 1);
        AnonymisationEntry edited = b;
        edited.confirmed = true;
        edited.kind = AnonymisationEntry::Kind::ServiceUser;
        repo.update(edited);
        QCOMPARE(repo.find(b.id).entry, edited);
        repo.remove(a.id);
        QCOMPARE(repo.forCase(m_case), (QList<AnonymisationEntry>{edited}));
        QVERIFY_THROWS_EXCEPTION(LibraryError, repo.remove(a.id));
        QVERIFY_THROWS_EXCEPTION(LibraryError, repo.add(m_case, entry(u"  "_s, u"x"_s)));
        QVERIFY_THROWS_EXCEPTION(LibraryError, repo.add(CaseId(999), entry(u"X"_s, u"x"_s)));
    }

    void forCaseAppliesConfirmedAndRegistrant()
    {
        AnonymisationRepository &repo = m_session->library().anonymisation();
        repo.add(m_case, entry(u"Riverside Ward"_s, u"the Ward"_s, true));
        repo.add(m_case, entry(u"Tom Jones"_s, u"Person A"_s, false));
        const Anonymiser a = Anonymiser::forCase(m_session->library(), m_case);
        QCOMPARE(a.apply(u"Jane Smith and Tom Jones on Riverside Ward"_s),
                 u"The Registrant and Tom Jones on the Ward"_s);
        QVERIFY_THROWS_EXCEPTION(LibraryError,
                                 Anonymiser::forCase(m_session->library(), CaseId(999)));
    }

    void editsAreUndoable()
    {
        AnonymisationRepository &repo = m_session->library().anonymisation();
        QSignalSpy changed(m_session.get(), &LibrarySession::anonymisationListChanged);
        QList<QList<AnonymisationEntry>> states{repo.forCase(m_case)};
        auto record = [&] { states.append(repo.forCase(m_case)); };

        const QList<AnonymisationEntry> added = m_session->addAnonymisationEntries(
            m_case,
            {entry(u"Tom Jones"_s, u"Person A"_s), entry(u"Riverside Ward"_s, u"the Ward"_s)});
        QCOMPARE(added.size(), 2);
        QVERIFY(added.at(0).id > 0);
        record();
        QCOMPARE(m_session->undoStack()->undoText(), u"Add 2 names to the anonymisation list"_s);

        AnonymisationEntry tom = added.at(0);
        tom.confirmed = true;
        m_session->updateAnonymisationEntries(m_case, {tom});
        record();
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Confirm “Tom Jones” on the anonymisation list"_s);

        tom.replacement = u"Colleague A"_s;
        tom.kind = AnonymisationEntry::Kind::Colleague;
        m_session->updateAnonymisationEntries(m_case, {tom});
        record();
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Edit “Tom Jones” on the anonymisation list"_s);

        // A registrant name (shown, not stored) is stored when unconfirmed.
        AnonymisationEntry smith = anonymisation::registrantEntries(u"Jane Smith"_s).at(1);
        QCOMPARE(smith.original, u"Jane"_s);
        smith.confirmed = false;
        m_session->updateAnonymisationEntries(m_case, {smith});
        record();
        QCOMPARE(repo.forCase(m_case).constLast().original, u"Jane"_s);
        QVERIFY(!repo.forCase(m_case).constLast().confirmed);
        QCOMPARE(Anonymiser::forCase(m_session->library(), m_case).apply(u"Jane Smith, Jane"_s),
                 u"The Registrant, Jane"_s);

        m_session->removeAnonymisationEntries(m_case, {added.at(1).id});
        record();
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Remove “Riverside Ward” from the anonymisation list"_s);
        QCOMPARE(originals(repo.forCase(m_case)), (QStringList{u"Tom Jones"_s, u"Jane"_s}));

        // Nothing changes: nothing pushed.
        const int count = m_session->undoStack()->count();
        m_session->updateAnonymisationEntries(m_case, {repo.forCase(m_case).constFirst()});
        m_session->removeAnonymisationEntries(m_case, {});
        m_session->addAnonymisationEntries(m_case, {});
        QCOMPARE(m_session->undoStack()->count(), count);
        // Duplicates and empty names are refused, nothing pushed.
        QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->addAnonymisationEntries(
                                                   m_case, {entry(u"tom  JONES"_s, u"x"_s)}));
        QVERIFY_THROWS_EXCEPTION(
            LibraryError, m_session->addAnonymisationEntries(m_case, {entry(u"Smith"_s, u"x"_s)}));
        QVERIFY_THROWS_EXCEPTION(
            LibraryError, m_session->addAnonymisationEntries(m_case, {entry(u" "_s, u"x"_s)}));
        QCOMPARE(m_session->undoStack()->count(), count);

        // Undo to the start and redo to the end, checking every state (ids included).
        for (qsizetype i = states.size() - 1; i > 0; --i) {
            QCOMPARE(repo.forCase(m_case), states.at(i));
            m_session->undoStack()->undo();
        }
        QCOMPARE(repo.forCase(m_case), states.constFirst());
        for (qsizetype i = 1; i < states.size(); ++i) {
            m_session->undoStack()->redo();
            QCOMPARE(repo.forCase(m_case), states.at(i));
        }
        QVERIFY(changed.size() >= 2 * (states.size() - 1));
        QCOMPARE(changed.constLast().constFirst().value<CaseId>(), m_case);
    }

    void undoOfCaseDeletionBringsTheListBack()
    {
        AnonymisationRepository &repo = m_session->library().anonymisation();
        m_session->addAnonymisationEntries(m_case, {entry(u"Tom Jones"_s, u"Person A"_s, true),
                                                    entry(u"Riverside Ward"_s, u"the Ward"_s)});
        const QList<AnonymisationRepository::Row> before = repo.rows(m_case);
        m_session->removeCase(m_case);
        QVERIFY(repo.rows(m_case).isEmpty());
        m_session->undoStack()->undo();
        const QList<AnonymisationRepository::Row> after = repo.rows(m_case);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).entry, before.at(i).entry);
            QCOMPARE(after.at(i).position, before.at(i).position);
        }
        m_session->undoStack()->redo();
        QVERIFY(repo.rows(m_case).isEmpty());
    }

    void versionFourLibraryMigrates()
    {
        const QString path = m_folder->path(u"v4.casebench"_s);
        CaseId id;
        {
            auto old = Library::createAtVersion(path, 4);
            QCOMPARE(migrations::currentVersion(*old), 4);
            Case c;
            c.reference = u"OLD-4"_s;
            c.regulator = Regulator::Nmc;
            c.registrant = u"Ann Other"_s;
            id = test::insertOldCase(*old, c);
            Document d;
            d.caseId = id;
            d.text = u"Ann Other attended."_s;
            test::insertOldDocument(*old, d);
        }
        auto library = Library::open(path);
        QCOMPARE(library->schemaVersion(), migrations::latestVersion());
        QVERIFY(library->schemaVersion() >= 5);
        QVERIFY(!library->migrationBackupPath().isEmpty());
        QCOMPARE(library->cases().find(id)->registrant, u"Ann Other"_s);
        QCOMPARE(library->documents().forCase(id).size(), 1);
        AnonymisationRepository &repo = library->anonymisation();
        QVERIFY(repo.forCase(id).isEmpty());
        repo.add(id, entry(u"Ann"_s, u"the Registrant"_s, true));
        QCOMPARE(Anonymiser::forCase(*library, id)
                     .apply(library->documents().forCase(id).constFirst().text),
                 u"The Registrant attended."_s);
        QVERIFY(library->check().ok());
        QVERIFY(migrations::describe(5).contains(u"anonymisation"_s));
    }

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    CaseId m_case;
};

QTEST_GUILESS_MAIN(TestAnonymisationCommands)
#include "tst_anonymisationcommands.moc"
