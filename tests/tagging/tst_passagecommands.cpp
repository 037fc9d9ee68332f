// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reanchor.h"
#include "commands/librarysession.h"
#include "model/libraryerror.h"
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

const QString decisionText = u"Decision on sanction\n\n"
                             "26. The panel considered the registrant's reflective statement.\n\n"
                             "27. The panel found that the registrant has demonstrated insight "
                             "into her failings and has apologised.\n\n"
                             "28. There was a risk of repetition.\n"_s;

/// A passage without its timestamps, for comparing states across undo and redo.
Passage stripped(Passage p)
{
    p.created = {};
    p.modified = {};
    return p;
}

QList<Passage> passagesOf(Library &library, DocumentId document)
{
    QList<Passage> list = library.passages().forDocument(document);
    for (Passage &p : list)
        p = stripped(p);
    return list;
}

} // namespace

class TestPassageCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tagTakesQuoteAndContext();
    void undoTextsNameParagraphAndFactor();
    void overlappingPassages();
    void undoRedoWalksEveryState();
    void signalsFollowEdits();
    void unchangedValuesPushNothing();
    void badInputIsRefused();
    void orphanIsPlacedAgainUndoably();

private:
    FactorId factor(const QString &key);
    int offsetOf(const QString &words) const
    {
        return static_cast<int>(decisionText.indexOf(words));
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    DocumentId m_document;
};

void TestPassageCommands::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(Library::create(m_folder->path(u"t.casebench"_s)));
    Library &library = m_session->library();
    Case c;
    c.reference = u"TAG-001"_s;
    c.title = u"Tagging"_s;
    c.regulator = Regulator::Hcpc;
    c = library.cases().add(c);
    Document d;
    d.caseId = c.id;
    d.title = u"Final hearing decision"_s;
    d.text = decisionText;
    m_document = library.documents().add(d).id;
}

void TestPassageCommands::cleanup()
{
    m_session.reset();
    m_folder.reset();
}

FactorId TestPassageCommands::factor(const QString &key)
{
    const auto f = m_session->library().codebook().findByKey(key);
    return f ? f->id : FactorId();
}

void TestPassageCommands::tagTakesQuoteAndContext()
{
    const int start = offsetOf(u"demonstrated insight"_s);
    const int end = start + 20;
    const PassageId id = m_session->tagPassage(m_document, factor(u"insight"_s), start, end);
    const auto stored = m_session->library().passages().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->quote, u"demonstrated insight"_s);
    QCOMPARE(stored->start, start);
    QCOMPARE(stored->end, end);
    QCOMPARE(stored->prefix,
             decisionText.mid(start - Passage::contextLength, Passage::contextLength));
    QCOMPARE(stored->suffix, decisionText.mid(end, Passage::contextLength));
    QCOMPARE(stored->factor, factor(u"insight"_s));
}

void TestPassageCommands::undoTextsNameParagraphAndFactor()
{
    QUndoStack *stack = m_session->undoStack();
    const int start = offsetOf(u"demonstrated insight"_s);
    const PassageId id = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 20);
    QCOMPARE(stack->text(0), u"Tag ¶ 27 as Insight"_s);
    m_session->setPassageNote(id, u"Key finding"_s);
    QCOMPARE(stack->text(1), u"Edit note of passage ¶ 27"_s);
    m_session->setPassageFactor(id, factor(u"remorse"_s));
    QCOMPARE(stack->text(2), u"Tag ¶ 27 as Remorse and apology"_s);
    m_session->removePassage(id);
    QCOMPARE(stack->text(3), u"Delete passage ¶ 27"_s);
    // A citation given by the caller (the reader knows the outline) is used as it is.
    const int risk = offsetOf(u"risk of repetition"_s);
    m_session->tagPassage(m_document, factor(u"risk_of_repetition"_s), risk, risk + 18,
                          u"¶ 28(a)"_s);
    QCOMPARE(stack->text(4), u"Tag ¶ 28(a) as Risk of repetition"_s);
    // Without a numbered paragraph, the opening words name the place.
    m_session->tagPassage(m_document, factor(u"insight"_s), 0, 20);
    QCOMPARE(stack->text(5), u"Tag “Decision on sanction” as Insight"_s);
}

void TestPassageCommands::overlappingPassages()
{
    const int start = offsetOf(u"demonstrated insight"_s);
    const PassageId a = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 20);
    const PassageId b = m_session->tagPassage(m_document, factor(u"remediation"_s), start - 10,
                                              offsetOf(u"apologised"_s) + 10);
    const PassageId c = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 20);
    QVERIFY(a != b && b != c && a != c);
    QCOMPARE(m_session->library().passages().forDocument(m_document).size(), 3);
}

void TestPassageCommands::undoRedoWalksEveryState()
{
    Library &library = m_session->library();
    QUndoStack *stack = m_session->undoStack();
    QList<QList<Passage>> states{passagesOf(library, m_document)};
    const int insight = offsetOf(u"demonstrated insight"_s);
    const int risk = offsetOf(u"risk of repetition"_s);
    const PassageId first = m_session->tagPassage(m_document, factor(u"insight"_s), insight,
                                                  insight + 20);
    states.append(passagesOf(library, m_document));
    const PassageId second = m_session->tagPassage(m_document, factor(u"risk_of_repetition"_s),
                                                   risk, risk + 18);
    states.append(passagesOf(library, m_document));
    m_session->tagPassage(m_document, factor(u"remediation"_s), insight - 5, insight + 30);
    states.append(passagesOf(library, m_document));
    m_session->setPassageNote(first, u"The turning point"_s);
    states.append(passagesOf(library, m_document));
    m_session->setPassageFactor(second, factor(u"lack_of_insight"_s));
    states.append(passagesOf(library, m_document));
    m_session->removePassage(first);
    states.append(passagesOf(library, m_document));
    QCOMPARE(stack->count(), 6);
    QCOMPARE(states.last().size(), 2);

    for (int i = stack->count(); i > 0; --i) {
        QCOMPARE(passagesOf(library, m_document), states.at(i));
        stack->undo();
    }
    QCOMPARE(passagesOf(library, m_document), states.at(0));
    for (int i = 1; i <= 6; ++i) {
        stack->redo();
        QCOMPARE(passagesOf(library, m_document), states.at(i));
    }
    // Ids survive undo and redo.
    stack->undo(); // the delete
    QVERIFY(library.passages().find(first));
    QCOMPARE(library.passages().find(first)->note, u"The turning point"_s);
}

void TestPassageCommands::signalsFollowEdits()
{
    QSignalSpy added(m_session.get(), &LibrarySession::passageAdded);
    QSignalSpy changed(m_session.get(), &LibrarySession::passageChanged);
    QSignalSpy aboutToRemove(m_session.get(), &LibrarySession::passageAboutToBeRemoved);
    QSignalSpy removed(m_session.get(), &LibrarySession::passageRemoved);
    QSignalSpy touched(m_session.get(), &LibrarySession::caseTouched);
    const int start = offsetOf(u"demonstrated insight"_s);
    const PassageId id = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 20);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).value<PassageId>(), id);
    m_session->setPassageNote(id, u"note"_s);
    QCOMPARE(changed.size(), 1);
    m_session->removePassage(id);
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removed.size(), 1);
    // While the passage is announced as about to go, it is still there to read.
    m_session->undoStack()->undo();
    QCOMPARE(added.size(), 2);
    QCOMPARE(touched.size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(aboutToRemove.size(), 2);
    QCOMPARE(removed.size(), 2);
}

void TestPassageCommands::unchangedValuesPushNothing()
{
    const int start = offsetOf(u"demonstrated insight"_s);
    const PassageId id = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 20);
    m_session->setPassageFactor(id, factor(u"insight"_s));
    m_session->setPassageNote(id, QString());
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestPassageCommands::badInputIsRefused()
{
    QUndoStack *stack = m_session->undoStack();
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_session->tagPassage(m_document, factor(u"insight"_s), 10, 10));
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_session->tagPassage(m_document, factor(u"insight"_s), 10, 100000));
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_session->tagPassage(m_document, FactorId(99999), 0, 5));
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_session->tagPassage(DocumentId(99999), factor(u"insight"_s), 0, 5));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->removePassage(PassageId(99999)));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->setPassageNote(PassageId(99999), u"x"_s));
    QCOMPARE(stack->count(), 0);
    QVERIFY(m_session->library().passages().forDocument(m_document).isEmpty());
    try {
        m_session->tagPassage(m_document, factor(u"insight"_s), 10, 100000);
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"Final hearing decision"_s), qPrintable(e.message()));
    }
}

void TestPassageCommands::orphanIsPlacedAgainUndoably()
{
    Library &library = m_session->library();
    const int start = offsetOf(u"risk of repetition"_s);
    const PassageId id = m_session->tagPassage(m_document, factor(u"insight"_s), start, start + 18);
    // The new version no longer says it: the passage becomes an orphan, kept with its quote.
    QString newText = decisionText;
    newText.replace(u"28. There was a risk of repetition."_s,
                    u"28. The panel was not satisfied that the conduct would not recur."_s);
    m_session->replaceDocument(m_document, newText);
    const Passage orphan = *library.passages().find(id);
    QVERIFY(orphan.orphaned);
    QCOMPARE(orphan.quote, u"risk of repetition"_s);

    const int placed = static_cast<int>(newText.indexOf(u"would not recur"_s));
    m_session->movePassage(id, placed, placed + 15);
    const Passage after = *library.passages().find(id);
    QVERIFY(!after.orphaned);
    QCOMPARE(after.quote, u"would not recur"_s);
    QCOMPARE(after.factor, orphan.factor);
    QCOMPARE(after.start, placed);
    QVERIFY(m_session->undoStack()->undoText().startsWith(u"Re-place passage at"_s));
    QVERIFY(library.check().ok());

    m_session->undoStack()->undo();
    QCOMPARE(stripped(*library.passages().find(id)), stripped(orphan));
    m_session->undoStack()->redo();
    QCOMPARE(stripped(*library.passages().find(id)), stripped(after));

    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->movePassage(id, placed, placed));
}

QTEST_GUILESS_MAIN(TestPassageCommands)
#include "tst_passagecommands.moc"
