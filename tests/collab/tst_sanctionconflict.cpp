// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
// Two reviewers on one sanction history (schema 7): row versions, conflicts in both orders, no
// lost update, undo after a conflict, the sanction editor showing the other reviewer's version;
// documents' modified_by; migration 7. Built twice: on SQLite (two connections to one file) and,
// with CASEBENCH_COLLAB_POSTGRES, on the test server.
#include "analysis/reanchor.h"
#include "casepanel.h"
#include "commands/librarysession.h"
#include "export/casejson.h"
#include "fieldmessage.h"
#include "model/conflicterror.h"
#include "oldlibrary.h"
#include "sanctioneditor.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#ifdef CASEBENCH_COLLAB_POSTGRES
#include "pgtestserver.h"
#endif

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

/// A review confirming the order a history ends with (valid after any non-revoking entry).
Sanction confirmation(const QList<Sanction> &history)
{
    Sanction s = history.constLast();
    s.id = SanctionId();
    s.outcome = ReviewOutcome::Confirmed;
    s.rowVersion = 0;
    return s;
}

} // namespace

class TestSanctionConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void entriesCarryVersionsAndAuthors();
    void noLostUpdate_data();
    void noLostUpdate();
    void removingAChangedEntryIsRefused();
    void changingARemovedEntryIsRefused();
    void undoOverAnotherReviewersEditIsRefused();
    void undoAfterAConflictStillWorks();
    void undoRedoThroughEveryState();
    void reorderingOverAnAddedEntryIsRefused();
    void editorShowsTheOtherVersion();
    void documentsRecordTheirLastWriter();
    void migrationSevenUpgradesASixLibrary();

private:
    QString newLocation(const QString &name);
    /// A demo case with at least two sanction entries.
    [[nodiscard]] CaseId caseWithHistory() const;

    std::unique_ptr<test::TempFolder> m_folder;
    QString m_location;
    std::unique_ptr<LibrarySession> m_anna;
    std::unique_ptr<LibrarySession> m_ben;
    CaseId m_case;
};

QString TestSanctionConflict::newLocation(const QString &name)
{
#ifdef CASEBENCH_COLLAB_POSTGRES
    return test::freshPostgresUrl(name);
#else
    return m_folder->path(name + u".casebench"_s);
#endif
}

CaseId TestSanctionConflict::caseWithHistory() const
{
    const QHash<CaseId, QList<Sanction>> all = m_anna->library().sanctions().allByCase();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().size() >= 2)
            return it.key();
    }
    return {};
}

void TestSanctionConflict::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_location = newLocation(QString::fromLatin1(QTest::currentTestFunction()));
    demolibrary::create(m_location).reset();
    auto anna = Library::open(m_location);
    anna->setAuthor(u"Anna"_s);
    auto ben = Library::open(m_location);
    ben->setAuthor(u"Ben"_s);
    m_anna = std::make_unique<LibrarySession>(std::move(anna));
    m_ben = std::make_unique<LibrarySession>(std::move(ben));
    m_case = caseWithHistory();
    QVERIFY(m_case.isValid());
}

void TestSanctionConflict::cleanup()
{
    m_ben.reset();
    m_anna.reset();
    m_folder.reset();
}

void TestSanctionConflict::entriesCarryVersionsAndAuthors()
{
    QVERIFY(m_anna->library().schemaVersion() >= 7);
    // The demo's one case with a history of three: suspension, extended, replaced by
    // conditions of practice.
    Sanction s = m_anna->library().sanctions().forCase(m_case).constLast();
    QCOMPARE(s.type, SanctionType::ConditionsOfPractice);
    QCOMPARE(s.rowVersion, 1);
    QVERIFY(s.modified.isValid());
    s.conditions = u"Anna's wording"_s;
    m_anna->updateSanction(s);
    const Sanction byAnna = *m_ben->library().sanctions().find(s.id);
    QCOMPARE(byAnna.rowVersion, 2);
    QCOMPARE(byAnna.modifiedBy, u"Anna"_s);
    QVERIFY(byAnna.modified >= s.modified);
    const QJsonObject json = casejson::toJson(byAnna);
    QCOMPARE(json.value(u"modified_by"_s).toString(), u"Anna"_s);
    QCOMPARE(json.value(u"row_version"_s).toInt(), 2);
    QVERIFY(!json.value(u"modified"_s).toString().isEmpty());

    const SanctionId id = m_ben->addSanction(
        confirmation(m_ben->library().sanctions().forCase(m_case)));
    const Sanction byBen = *m_anna->library().sanctions().find(id);
    QCOMPARE(byBen.modifiedBy, u"Ben"_s);
    QCOMPARE(byBen.rowVersion, 1);
}

void TestSanctionConflict::noLostUpdate_data()
{
    QTest::addColumn<bool>("annaFirst");
    QTest::newRow("Anna writes first") << true;
    QTest::newRow("Ben writes first") << false;
}

void TestSanctionConflict::noLostUpdate()
{
    QFETCH(bool, annaFirst);
    // Both open the same entry in their editors, then both apply a change.
    const SanctionId id = m_anna->library().sanctions().forCase(m_case).constLast().id;
    const Sanction seenByAnna = *m_anna->library().sanctions().find(id);
    const Sanction seenByBen = *m_ben->library().sanctions().find(id);
    LibrarySession &first = annaFirst ? *m_anna : *m_ben;
    LibrarySession &second = annaFirst ? *m_ben : *m_anna;
    const QString firstName = annaFirst ? u"Anna"_s : u"Ben"_s;

    Sanction firstEdit = annaFirst ? seenByAnna : seenByBen;
    firstEdit.conditions = firstName + u" wrote these conditions"_s;
    firstEdit.durationMonths = 24;
    first.updateSanction(firstEdit);
    QCOMPARE(first.undoStack()->count(), 1);

    QSignalSpy reloaded(&second, &LibrarySession::sanctionsChanged);
    const int stackBefore = second.undoStack()->count();
    Sanction secondEdit = annaFirst ? seenByBen : seenByAnna;
    secondEdit.conditions = u"A different wording"_s;
    try {
        second.updateSanction(secondEdit);
        QFAIL("the second write over a stale sanction was saved");
    } catch (const ConflictError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Conflict);
        QVERIFY2(e.message().startsWith(firstName + u" changed this sanction at "_s),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(
                     u"to Conditions of practice order, 24 months; your change was not saved."_s),
                 qPrintable(e.message()));
        QCOMPARE(e.changedBy(), firstName);
        QVERIFY(e.currentSanction);
        QCOMPARE(e.currentSanction->conditions, firstEdit.conditions);
    }
    // Nothing pushed for the loser, whose views were told to reload the winner's version.
    QCOMPARE(second.undoStack()->count(), stackBefore);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(reloaded.first().first().value<CaseId>(), m_case);
    for (LibrarySession *s : {m_anna.get(), m_ben.get()})
        QCOMPARE(s->library().sanctions().find(id)->conditions, firstEdit.conditions);

    // Made again over the version now shown, the loser's change is saved.
    Sanction fresh = *second.library().sanctions().find(id);
    fresh.conditions = u"Agreed, reworded"_s;
    second.updateSanction(fresh);
    QCOMPARE(first.library().sanctions().find(id)->conditions, u"Agreed, reworded"_s);
    QCOMPARE(first.library().sanctions().find(id)->rowVersion, 3);
}

void TestSanctionConflict::removingAChangedEntryIsRefused()
{
    const QList<Sanction> history = m_ben->library().sanctions().forCase(m_case);
    const Sanction seenByBen = history.constLast();
    Sanction changed = *m_anna->library().sanctions().find(seenByBen.id);
    changed.conditions = u"Anna's conditions"_s;
    m_anna->updateSanction(changed);
    try {
        m_ben->removeSanction(seenByBen);
        QFAIL("an entry changed by another reviewer was removed");
    } catch (const ConflictError &e) {
        QVERIFY2(e.message().startsWith(u"Anna changed this sanction at "_s),
                 qPrintable(e.message()));
    }
    QCOMPARE(m_anna->library().sanctions().forCase(m_case).size(), history.size());
    QCOMPARE(m_ben->undoStack()->count(), 0);
}

void TestSanctionConflict::changingARemovedEntryIsRefused()
{
    const Sanction seenByBen = m_ben->library().sanctions().forCase(m_case).constLast();
    m_anna->removeSanction(seenByBen.id);
    QSignalSpy reloaded(m_ben.get(), &LibrarySession::sanctionsChanged);
    Sanction edit = seenByBen;
    edit.conditions = u"Too late"_s;
    try {
        m_ben->updateSanction(edit);
        QFAIL("a removed entry was written");
    } catch (const ConflictError &e) {
        QVERIFY(e.removed);
        QVERIFY2(e.message().startsWith(u"Another reviewer removed this sanction"_s),
                 qPrintable(e.message()));
    }
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(!m_ben->library().sanctions().find(seenByBen.id));
    QCOMPARE(m_ben->undoStack()->count(), 0);
}

void TestSanctionConflict::undoOverAnotherReviewersEditIsRefused()
{
    // Ben changes an entry; Anna changes it after him; Ben's undo must not wipe Anna's change.
    Sanction s = m_ben->library().sanctions().forCase(m_case).constLast();
    const QString original = s.conditions;
    s.conditions = u"Ben's conditions"_s;
    m_ben->updateSanction(s);
    Sanction annas = *m_anna->library().sanctions().find(s.id);
    annas.conditions = u"Anna's conditions"_s;
    annas.durationMonths = 9;
    m_anna->updateSanction(annas);

    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    QCOMPARE(m_ben->undoStack()->count(), 1);
    m_ben->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(u"Anna changed this sanction at "_s), qPrintable(message));
    QVERIFY2(message.contains(u", 9 months"_s), qPrintable(message));
    QCOMPARE(m_ben->library().sanctions().find(s.id)->conditions, u"Anna's conditions"_s);
    // The failed command is dropped: nothing left that could redo over Anna's change.
    QCOMPARE(m_ben->undoStack()->count(), 0);
    QVERIFY(!m_ben->undoStack()->canRedo());

    // Anna's own undo still works: her change goes, Ben's comes back.
    m_anna->undoStack()->undo();
    QCOMPARE(m_ben->library().sanctions().find(s.id)->conditions, u"Ben's conditions"_s);
    m_anna->undoStack()->redo();
    QCOMPARE(m_ben->library().sanctions().find(s.id)->conditions, u"Anna's conditions"_s);
    QVERIFY(original != u"Anna's conditions"_s);
}

void TestSanctionConflict::undoAfterAConflictStillWorks()
{
    // Ben edits entry 1; his later edit of entry 2, which Anna changed meanwhile, is refused;
    // his first edit can still be undone and redone, and the stack holds it alone.
    const QList<Sanction> history = m_ben->library().sanctions().forCase(m_case);
    Sanction first = history.at(2);
    const QString before = first.conditions;
    first.conditions = u"Ben: entry one"_s;
    m_ben->updateSanction(first);
    const Sanction staleSecond = history.at(0);
    Sanction annas = *m_anna->library().sanctions().find(staleSecond.id);
    annas.durationMonths = 9;
    m_anna->updateSanction(annas);
    Sanction bens = staleSecond;
    bens.durationMonths = 10;
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_ben->updateSanction(bens));
    QCOMPARE(m_ben->undoStack()->count(), 1);
    QCOMPARE(m_ben->undoStack()->index(), 1);

    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    m_ben->undoStack()->undo();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_anna->library().sanctions().find(first.id)->conditions, before);
    QCOMPARE(m_anna->library().sanctions().find(staleSecond.id)->durationMonths,
             std::optional<int>(9));
    m_ben->undoStack()->redo();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_anna->library().sanctions().find(first.id)->conditions, u"Ben: entry one"_s);
    QCOMPARE(m_anna->library().sanctions().find(staleSecond.id)->durationMonths,
             std::optional<int>(9));
}

void TestSanctionConflict::undoRedoThroughEveryState()
{
    // Add, change, remove; undo to the start and redo to the end, checking every state, while
    // the other reviewer's change to another case stays.
    SanctionRepository &stored = m_anna->library().sanctions();
    QList<QList<Sanction>> states{stored.forCase(m_case)};
    const SanctionId id = m_ben->addSanction(confirmation(states.first()));
    states.append(stored.forCase(m_case));
    Sanction changed = *m_ben->library().sanctions().find(states.first().constLast().id);
    changed.conditions = u"Changed by Ben"_s;
    m_ben->updateSanction(changed);
    states.append(stored.forCase(m_case));
    m_ben->removeSanction(*m_ben->library().sanctions().find(states.first().constFirst().id));
    states.append(stored.forCase(m_case));
    QCOMPARE(states.constLast().size(), states.first().size()); // one added, one removed
    QVERIFY(stored.find(id));

    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        m_ben->undoStack()->undo();
        QCOMPARE(stored.forCase(m_case), states.at(i));
    }
    for (int i = 1; i < states.size(); ++i) {
        m_ben->undoStack()->redo();
        QCOMPARE(stored.forCase(m_case), states.at(i));
    }
    QCOMPARE(errors.count(), 0);
    // Every write moved the versions on: none went back to an old number.
    for (const Sanction &s : stored.forCase(m_case))
        QVERIFY(s.rowVersion >= 1);
}

void TestSanctionConflict::reorderingOverAnAddedEntryIsRefused()
{
    // Ben removes the first entry (the others move up); Anna then adds one at the end; Ben's
    // undo would move entries into her new entry's place: refused, her entry kept.
    const QList<Sanction> history = m_ben->library().sanctions().forCase(m_case);
    m_ben->removeSanction(history.constFirst());
    const SanctionId annas = m_anna->addSanction(confirmation(history));

    QSignalSpy errors(m_ben.get(), &LibrarySession::errorOccurred);
    m_ben->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(u"Anna added a sanction to this history at "_s),
             qPrintable(message));
    const QList<Sanction> now = m_anna->library().sanctions().forCase(m_case);
    QCOMPARE(now.size(), history.size());
    QCOMPARE(now.constLast().id, annas);
    QCOMPARE(m_ben->undoStack()->count(), 0);
}

void TestSanctionConflict::editorShowsTheOtherVersion()
{
    ui::CasePanel panel;
    panel.setSession(m_ben.get());
    panel.setCase(m_case);
    const Sanction entry = m_ben->library().sanctions().forCase(m_case).constFirst();
    panel.selectSanction(entry.id);
    auto *editor = panel.findChild<ui::SanctionEditor *>(u"sanctionEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->entryId(), entry.id);

    // Anna changes the entry while Ben has it open; Ben's session has not heard of it yet
    // (SQLite has no change feed; on PostgreSQL the notification is still on its way).
    Sanction annas = *m_anna->library().sanctions().find(entry.id);
    annas.durationMonths = 9;
    m_anna->updateSanction(annas);

    auto *duration = editor->findChild<QSpinBox *>(u"durationSpin"_s);
    QVERIFY(duration);
    duration->setValue(10);
    QVERIFY(editor->hasChanges());
    editor->apply();
    auto *message = editor->findChild<ui::FieldMessage *>(u"sanctionMessage"_s);
    QVERIFY(message);
    QVERIFY(message->hasError());
    QVERIFY2(message->text().contains(u"Anna changed this sanction"_s),
             qPrintable(message->text()));
    // Reloaded: the editor now shows Anna's version, and Ben's change was not saved.
    QCOMPARE(duration->value(), 9);
    QVERIFY(!editor->hasChanges());
    QCOMPARE(m_ben->library().sanctions().find(entry.id)->durationMonths, std::optional<int>(9));
    QCOMPARE(m_ben->undoStack()->count(), 0);
    editor->grab().save(QDir::temp().filePath(u"casebench-sanction-conflict.png"_s));

    // Applied again over what it shows, Ben's change is saved.
    duration->setValue(10);
    editor->apply();
    QCOMPARE(m_anna->library().sanctions().find(entry.id)->durationMonths, std::optional<int>(10));
    QCOMPARE(m_ben->undoStack()->count(), 1);
}

void TestSanctionConflict::documentsRecordTheirLastWriter()
{
    Document d;
    d.caseId = m_case;
    d.title = u"Submissions on sanction"_s;
    d.text = u"The registrant's representative made submissions on sanction."_s;
    const Document byAnna = m_anna->library().documents().add(d);
    QCOMPARE(byAnna.modifiedBy, u"Anna"_s);
    QCOMPARE(m_ben->library().documents().find(byAnna.id)->modifiedBy, u"Anna"_s);
    QCOMPARE(casejson::toJson(*m_ben->library().documents().find(byAnna.id), false)
                 .value(u"modified_by"_s)
                 .toString(),
             u"Anna"_s);

    Document renamed = *m_ben->library().documents().find(byAnna.id);
    renamed.title = u"Submissions on sanction (corrected)"_s;
    m_ben->library().documents().update(renamed);
    const Document byBen = *m_anna->library().documents().find(byAnna.id);
    QCOMPARE(byBen.modifiedBy, u"Ben"_s);
    QCOMPARE(byBen.title, renamed.title);
    QCOMPARE(byBen, renamed); // the stamp is not part of the value

    // A document replaced through the session (a new version of its text) is Ben's too.
    m_ben->replaceDocument(byAnna.id, d.text + u" The panel noted them."_s);
    QCOMPARE(m_anna->library().documents().find(byAnna.id)->modifiedBy, u"Ben"_s);

    m_anna->library().documents().remove(byAnna.id);
    QVERIFY(!m_ben->library().documents().find(byAnna.id));
    for (const Document &left : m_ben->library().documents().forCase(m_case, false))
        QVERIFY(!left.modifiedBy.isEmpty());
}

void TestSanctionConflict::migrationSevenUpgradesASixLibrary()
{
    const QString location = newLocation(u"six"_s);
    Sanction s;
    Case c;
    {
        // An entry as a schema-6 build wrote it: no row version, no `modified`.
        auto old = Library::createAtVersion(location, 6);
        QCOMPARE(migrations::currentVersion(*old), 6);
        c.reference = u"SIX-1"_s;
        c.regulator = Regulator::Hcpc;
        c.id = test::insertOldCase(*old, c);
        s.caseId = c.id;
        s.type = SanctionType::Suspension;
        s.durationMonths = 6;
        s.conditions = u"Written at schema 6"_s;
        s.id = test::insertOldSanction(*old, s);
    }
    auto library = Library::open(location);
    QCOMPARE(library->schemaVersion(), migrations::latestVersion());
#ifndef CASEBENCH_COLLAB_POSTGRES
    // A file is copied before it is upgraded (a server is backed up with pg_dump).
    const QString backup = library->migrationBackupPath();
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY2(QFileInfo(backup).fileName().startsWith(u"six.casebench.backup-v6-"_s),
             qPrintable(backup));
    QCOMPARE(Library::inspect(backup).schemaVersion, 6);
#endif
    const Sanction upgraded = *library->sanctions().find(s.id);
    QCOMPARE(upgraded, s);
    QCOMPARE(upgraded.rowVersion, 1);
    QCOMPARE(upgraded.modified, library->cases().find(c.id)->modified);
    library->setAuthor(u"Carla"_s);
    Sanction edit = upgraded;
    edit.durationMonths = 9;
    QCOMPARE(library->sanctions().update(edit).rowVersion, 2);
    edit.durationMonths = 3; // over version 1 again: another reviewer's write came first
    QVERIFY_THROWS_EXCEPTION(ConflictError, library->sanctions().update(edit));
    QVERIFY2(library->check().ok(), qPrintable(library->check().problems.join(u'\n')));
}

QTEST_MAIN(TestSanctionConflict)
#include "tst_sanctionconflict.moc"
