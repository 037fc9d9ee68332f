// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
#include "analysis/phrasesuggester.h"
#include "analysis/reanchor.h"
#include "commands/librarysession.h"
#include "model/codebookjson.h"
#include "model/libraryerror.h"
#include "oldlibrary.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// What the repositories hold of the codebook and passages, compared across undo and redo.
struct State
{
    QList<Factor> factors;
    QList<Passage> passages;
    QString text;

    bool operator==(const State &o) const
    {
        auto strip = [](QList<Passage> list) {
            for (Passage &p : list)
                p.modified = {};
            return list;
        };
        return factors == o.factors && strip(passages) == strip(o.passages) && text == o.text;
    }
};

const QString decisionText = uR"(Decision on sanction

12. The registrant has demonstrated insight into her failings.
13. The panel found that she lacks insight into the risk to patients.
14. She completed a course on record keeping in May 2023.
)"_s;

} // namespace

class TestCodebookCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void phrasesAreStoredAndExported();
    void everyEditWalksUndoAndRedo();
    void undoTexts();
    void shortcutsAreUnique();
    void mergeMovesPassagesAndChildren();
    void deleteMovesOrDeletesPassages();
    void importMergesByNameAndReplaces();
    void importIsAllOrNothing();
    void replaceDocumentReanchorsAndKeepsOrphans();
    void dismissedSuggestionsAreStoredAndUndone();
    void migrationFourUpgradesAVersionThreeLibrary();

private:
    State state() const;
    Factor factor(const QString &key) const;
    PassageId tag(const QString &factorKey, const QString &quote);

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    DocumentId m_document;
};

void TestCodebookCommands::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"lib.casebench"_s)));
    Library &library = m_session->library();
    Case c;
    c.reference = u"TEST-1"_s;
    c.regulator = Regulator::Hcpc;
    c = library.cases().add(c);
    Document d;
    d.caseId = c.id;
    d.title = u"Final hearing"_s;
    d.text = decisionText;
    m_document = library.documents().add(d).id;
}

void TestCodebookCommands::cleanup()
{
    m_session.reset();
    m_folder.reset();
}

State TestCodebookCommands::state() const
{
    Library &library = m_session->library();
    return {library.codebook().all(), library.passages().forDocument(m_document),
            library.documents().find(m_document)->text};
}

Factor TestCodebookCommands::factor(const QString &key) const
{
    const auto f = m_session->library().codebook().findByKey(key);
    Q_ASSERT(f);
    return *f;
}

PassageId TestCodebookCommands::tag(const QString &factorKey, const QString &quote)
{
    const int start = static_cast<int>(decisionText.indexOf(quote));
    Q_ASSERT(start >= 0);
    return m_session->library()
        .passages()
        .add(Passage::fromSpan(decisionText, m_document, factor(factorKey).id, start,
                               start + static_cast<int>(quote.size())))
        .id;
}

void TestCodebookCommands::phrasesAreStoredAndExported()
{
    // The default codebook carries phrases, and they survive the library and JSON.
    const Factor insight = factor(u"insight"_s);
    QVERIFY(!insight.phrases.isEmpty());
    const QList<CodebookEntry> reread = codebookjson::parse(
        codebookjson::write(m_session->library().codebook().all()), u"x.json"_s);
    bool found = false;
    for (const CodebookEntry &e : reread) {
        if (e.factor.key == u"insight")
            found = e.factor.phrases == insight.phrases;
    }
    QVERIFY(found);
    QVERIFY_THROWS_EXCEPTION(
        LibraryError,
        codebookjson::parse(
            R"({"format":"casebench-codebook","version":1,"factors":[{"key":"a","name":"A",
        "category":"context","polarity":"neutral","phrases":"not a list"}]})",
            u"bad.json"_s));

    Factor edited = insight;
    edited.phrases = {u"  shows   insight "_s, u"shows insight"_s, u""_s, u"Reflected on"_s};
    m_session->updateFactor(edited);
    QCOMPARE(factor(u"insight"_s).phrases, (QStringList{u"shows insight"_s, u"Reflected on"_s}));
    QCOMPARE(m_session->undoStack()->undoText(), u"Edit phrases of Insight"_s);
}

void TestCodebookCommands::everyEditWalksUndoAndRedo()
{
    tag(u"insight"_s, u"demonstrated insight into her failings"_s);
    tag(u"lack_of_insight"_s, u"lacks insight into the risk"_s);
    QList<State> states{state()};
    QSignalSpy changed(m_session.get(), &LibrarySession::codebookChanged);

    Factor shown;
    shown.name = u"Insight shown"_s;
    shown.category = FactorCategory::InsightRemediation;
    shown.phrases = {u"demonstrated insight"_s};
    const FactorId added = m_session->addFactor(shown);
    QCOMPARE(factor(u"insight_shown"_s).id, added);
    states << state();

    Factor renamed = factor(u"insight_shown"_s);
    renamed.name = u"Insight fully shown"_s;
    m_session->updateFactor(renamed);
    states << state();

    Factor recoloured = factor(u"insight_shown"_s);
    recoloured.colour = QColor(u"#123456"_s);
    m_session->updateFactor(recoloured);
    states << state();

    Factor reparented = factor(u"insight_shown"_s);
    reparented.parent = factor(u"insight"_s).id;
    reparented.polarity = Polarity::LessSevere;
    m_session->updateFactor(reparented);
    states << state();

    m_session->mergeFactors(factor(u"insight"_s).id, added);
    states << state();
    QVERIFY(!m_session->library().codebook().findByKey(u"insight"_s));

    m_session->removeFactor(factor(u"lack_of_insight"_s).id,
                            LibrarySession::PassageDisposal::Delete);
    states << state();
    QCOMPARE(m_session->library().passages().forDocument(m_document).size(), 1);

    m_session->removeFactor(added, LibrarySession::PassageDisposal::MoveToFactor,
                            factor(u"remediation"_s).id);
    states << state();

    QCOMPARE(m_session->undoStack()->count(), 7);
    QCOMPARE(changed.size(), 7);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        m_session->undoStack()->undo();
        QVERIFY2(state() == states.at(i), qPrintable(u"after undo to state %1"_s.arg(i)));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        m_session->undoStack()->redo();
        QVERIFY2(state() == states.at(i), qPrintable(u"after redo to state %1"_s.arg(i)));
    }
    QVERIFY(m_session->library().check().ok());
}

void TestCodebookCommands::undoTexts()
{
    Factor f = factor(u"insight"_s);
    f.name = u"Insight shown"_s;
    m_session->updateFactor(f);
    QCOMPARE(m_session->undoStack()->undoText(), u"Rename factor Insight to Insight shown"_s);
    f.colour = QColor(u"#00ff00"_s);
    m_session->updateFactor(f);
    QCOMPARE(m_session->undoStack()->undoText(), u"Recolour factor Insight shown"_s);
    f.shortcut = u"Ctrl+Alt+I"_s;
    m_session->updateFactor(f);
    QCOMPARE(m_session->undoStack()->undoText(), u"Set shortcut of Insight shown to Ctrl+Alt+I"_s);
    f.category = FactorCategory::Mitigating;
    m_session->updateFactor(f);
    QCOMPARE(m_session->undoStack()->undoText(), u"Set category of Insight shown to Mitigating"_s);
    f.parent = factor(u"remediation"_s).id;
    m_session->updateFactor(f);
    QCOMPARE(m_session->undoStack()->undoText(), u"Move factor Insight shown under Remediation"_s);
    const int count = m_session->undoStack()->count();
    m_session->updateFactor(f); // nothing changed: nothing pushed
    QCOMPARE(m_session->undoStack()->count(), count);
    m_session->mergeFactors(factor(u"remorse"_s).id, f.id);
    QCOMPARE(m_session->undoStack()->undoText(),
             u"Merge factor Remorse and apology into Insight shown"_s);
    m_session->removeFactor(f.id, LibrarySession::PassageDisposal::Delete);
    QCOMPARE(m_session->undoStack()->undoText(), u"Delete factor Insight shown"_s);
}

void TestCodebookCommands::shortcutsAreUnique()
{
    Factor f = factor(u"remorse"_s);
    f.shortcut = factor(u"insight"_s).shortcut;
    QVERIFY(!f.shortcut.isEmpty());
    const int count = m_session->undoStack()->count();
    try {
        m_session->updateFactor(f);
        QFAIL("a shortcut in use was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"Insight"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_session->undoStack()->count(), count);
    QVERIFY(factor(u"remorse"_s).shortcut.isEmpty());
    // Swapping shortcuts through undo works: give Insight's away, then undo.
    Factor insight = factor(u"insight"_s);
    const QString shortcut = insight.shortcut;
    insight.shortcut.clear();
    m_session->updateFactor(insight);
    f.shortcut = shortcut;
    m_session->updateFactor(f);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(factor(u"insight"_s).shortcut, shortcut);
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(factor(u"remorse"_s).shortcut, shortcut);
}

void TestCodebookCommands::mergeMovesPassagesAndChildren()
{
    const PassageId p = tag(u"remediation"_s, u"completed a course on record keeping"_s);
    const Factor remediation = factor(u"remediation"_s);
    const Factor insight = factor(u"insight"_s);
    QSignalSpy passageChanged(m_session.get(), &LibrarySession::passageChanged);
    QSignalSpy removed(m_session.get(), &LibrarySession::factorRemoved);
    m_session->mergeFactors(remediation.id, insight.id);
    QCOMPARE(m_session->library().passages().find(p)->factor, insight.id);
    QCOMPARE(factor(u"training_completed"_s).parent, insight.id);
    for (const QString &phrase : remediation.phrases)
        QVERIFY(factor(u"insight"_s).phrases.contains(phrase));
    QCOMPARE(passageChanged.size(), 1);
    QCOMPARE(removed.size(), 1);
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->mergeFactors(insight.id, insight.id));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->library().passages().find(p)->factor, remediation.id);
    QCOMPARE(factor(u"training_completed"_s).parent, remediation.id);
    QCOMPARE(factor(u"remediation"_s), remediation);
}

void TestCodebookCommands::deleteMovesOrDeletesPassages()
{
    const PassageId p = tag(u"dishonesty"_s, u"lacks insight"_s);
    const Factor dishonesty = factor(u"dishonesty"_s);
    // Asked to move without a target: refused, nothing pushed.
    QVERIFY_THROWS_EXCEPTION(
        LibraryError,
        m_session->removeFactor(dishonesty.id, LibrarySession::PassageDisposal::MoveToFactor));
    QCOMPARE(m_session->undoStack()->count(), 0);
    m_session->removeFactor(dishonesty.id, LibrarySession::PassageDisposal::MoveToFactor,
                            factor(u"harm"_s).id);
    QCOMPARE(m_session->library().passages().find(p)->factor, factor(u"harm"_s).id);
    // Its sub-factors move up to its parent (the top level).
    QVERIFY(!factor(u"concealment"_s).parent.isValid());
    m_session->undoStack()->undo();
    QCOMPARE(factor(u"concealment"_s).parent, dishonesty.id);
    QCOMPARE(m_session->library().passages().find(p)->factor, dishonesty.id);

    QSignalSpy aboutToRemove(m_session.get(), &LibrarySession::passageAboutToBeRemoved);
    m_session->removeFactor(dishonesty.id, LibrarySession::PassageDisposal::Delete);
    QVERIFY(!m_session->library().passages().find(p));
    QCOMPARE(aboutToRemove.size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->library().passages().find(p)->factor, dishonesty.id);
}

void TestCodebookCommands::importMergesByNameAndReplaces()
{
    tag(u"harm"_s, u"lacks insight"_s);
    const QByteArray json = R"({"format":"casebench-codebook","version":1,"factors":[
        {"key":"insight_x","name":"Insight","category":"insight_remediation","polarity":"less_severe",
         "description":"Shared by the branch.","phrases":["understands the impact"]},
        {"key":"candour","name":"Candour","category":"mitigating","polarity":"less_severe",
         "parent":"insight_x","phrases":["was open and honest"]}
    ]})";
    const QList<CodebookEntry> entries = codebookjson::parse(json, u"branch.json"_s);
    const State start = state();
    const int factorsBefore = static_cast<int>(start.factors.size());

    m_session->importCodebook(entries, LibrarySession::CodebookImport::Merge);
    QCOMPARE(m_session->library().codebook().all().size(), factorsBefore + 1);
    QCOMPARE(factor(u"insight"_s).description, u"Shared by the branch."_s);
    QCOMPARE(factor(u"insight"_s).phrases, QStringList{u"understands the impact"_s});
    QCOMPARE(factor(u"candour"_s).parent, factor(u"insight"_s).id);
    const State merged = state();
    m_session->undoStack()->undo();
    QVERIFY(state() == start);
    m_session->undoStack()->redo();
    QVERIFY(state() == merged);
    m_session->undoStack()->undo();

    m_session->importCodebook(entries, LibrarySession::CodebookImport::Replace);
    // Insight and Candour, and Harm which a passage still uses.
    const QList<Factor> replaced = m_session->library().codebook().all();
    QCOMPARE(replaced.size(), 3);
    QVERIFY(m_session->library().codebook().findByKey(u"harm"_s));
    QCOMPARE(m_session->undoStack()->undoText(), u"Import codebook (replace)"_s);
    const State afterReplace = state();
    m_session->undoStack()->undo();
    QVERIFY(state() == start);
    m_session->undoStack()->redo();
    QVERIFY(state() == afterReplace);
}

void TestCodebookCommands::importIsAllOrNothing()
{
    // The second factor takes a shortcut the library's Insight keeps: the whole import fails.
    const QString taken = factor(u"insight"_s).shortcut;
    const QByteArray json = uR"({"format":"casebench-codebook","version":1,"factors":[
        {"key":"one","name":"New one","category":"context","polarity":"neutral"},
        {"key":"two","name":"New two","category":"context","polarity":"neutral","shortcut":"%1"}
    ]})"_s.arg(taken)
                                .toUtf8();
    const State start = state();
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_session->importCodebook(codebookjson::parse(json, u"x.json"_s),
                                                       LibrarySession::CodebookImport::Merge));
    QVERIFY(state() == start);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestCodebookCommands::replaceDocumentReanchorsAndKeepsOrphans()
{
    const PassageId kept = tag(u"insight"_s, u"demonstrated insight into her failings"_s);
    const PassageId reworded = tag(u"lack_of_insight"_s,
                                   u"lacks insight into the risk to patients"_s);
    const PassageId lost = tag(u"remediation"_s, u"completed a course on record keeping"_s);
    const State start = state();
    QString newText = decisionText;
    newText.insert(0, u"Corrected decision.\n"_s);
    newText.replace(u"lacks insight into the risk to patients"_s,
                    u"lacks insight into the risks to patients"_s);
    newText.remove(newText.indexOf(u"14. She"_s), 56);
    QSignalSpy replaced(m_session.get(), &LibrarySession::documentReplaced);

    const ReanchorReport report = m_session->replaceDocument(m_document, newText, u"v2.txt"_s);
    QCOMPARE(report.moved, 1);
    QCOMPARE(report.changed, 1);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Replace document Final hearing"_s);
    PassageRepository &passages = m_session->library().passages();
    const Passage k = *passages.find(kept);
    QCOMPARE(newText.mid(k.start, k.end - k.start), k.quote);
    QCOMPARE(passages.find(reworded)->quote, u"lacks insight into the risks to patients"_s);
    const Passage orphan = *passages.find(lost);
    QVERIFY(orphan.orphaned);
    QCOMPARE(orphan.quote, u"completed a course on record keeping"_s);
    QCOMPARE(m_session->library().documents().find(m_document)->text, newText);
    QCOMPARE(m_session->library().documents().find(m_document)->sourceFileName, u"v2.txt"_s);
    // Orphans do not count as broken anchors.
    QVERIFY(m_session->library().check().ok());
    const State after = state();

    m_session->undoStack()->undo();
    QVERIFY(state() == start);
    QVERIFY(!passages.find(lost)->orphaned);
    m_session->undoStack()->redo();
    QVERIFY(state() == after);

    // A second replacement keeps the orphan an orphan.
    const ReanchorReport again = m_session->replaceDocument(m_document, newText + u"\nAddendum."_s);
    QCOMPARE(again.orphaned, 1);
    QCOMPARE(again.unchanged, 2);
}

void TestCodebookCommands::dismissedSuggestionsAreStoredAndUndone()
{
    const PhraseSuggester suggester(m_session->library().codebook().all());
    const QList<PhraseSuggestion> all = suggester.suggest(decisionText);
    QVERIFY(all.size() >= 2);
    QSignalSpy changed(m_session.get(), &LibrarySession::suggestionsChanged);
    m_session->dismissSuggestion(m_document, all.constFirst());
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_session->undoStack()->undoText().startsWith(u"Dismiss suggestion "_s));
    const QList<SuggestionDismissal> dismissed = m_session->dismissedSuggestions(m_document);
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(suggester.suggest(decisionText, {}, dismissed).size(), all.size() - 1);
    m_session->undoStack()->undo();
    QVERIFY(m_session->dismissedSuggestions(m_document).isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(m_session->dismissedSuggestions(m_document), dismissed);
}

void TestCodebookCommands::migrationFourUpgradesAVersionThreeLibrary()
{
    const QString path = m_folder->path(u"v3.casebench"_s);
    FactorId insight;
    {
        // Rows as a schema-3 build wrote them (no phrases, no orphaned column).
        auto old = Library::createAtVersion(path, 3);
        insight = test::oldFactorId(*old, u"insight"_s);
        QVERIFY(insight.isValid());
        Case c;
        c.reference = u"OLD-1"_s;
        c.regulator = Regulator::Nmc;
        c.id = test::insertOldCase(*old, c);
        Document d;
        d.caseId = c.id;
        d.text = decisionText;
        d.id = test::insertOldDocument(*old, d);
        test::insertOldPassage(*old, Passage::fromSpan(d.text, d.id, insight, 4, 20));
    }
    auto library = Library::open(path);
    QVERIFY(library->schemaVersion() >= 4);
    QVERIFY(!library->migrationBackupPath().isEmpty());
    const QList<Passage> passages = library->passages().forFactor(insight);
    QCOMPARE(passages.size(), 1);
    QVERIFY(!passages.constFirst().orphaned);
    Factor f = *library->codebook().find(insight);
    f.phrases = {u"shows insight"_s};
    library->codebook().update(f);
    QCOMPARE(library->codebook().find(insight)->phrases, f.phrases);
}

QTEST_GUILESS_MAIN(TestCodebookCommands)
#include "tst_codebookcommands.moc"
