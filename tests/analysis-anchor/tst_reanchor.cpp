// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reanchor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

const QString decision = uR"(Decision and reasons on impairment

12. The panel considered whether the registrant's fitness to practise is currently impaired.
13. The registrant has demonstrated some insight into her failings.
14. The panel noted that the registrant completed a course on record keeping in May 2023.
15. However, the panel was concerned that the registrant did not accept responsibility.

Decision on sanction

16. The panel decided that a suspension order for 6 months is the appropriate sanction.
17. The registrant has demonstrated some insight into her failings, but it is not complete.
)"_s;

Passage tag(const QString &text, const QString &quote, int occurrence = 0)
{
    int pos = -1;
    for (int i = 0; i <= occurrence; ++i)
        pos = static_cast<int>(text.indexOf(quote, pos + 1));
    Q_ASSERT(pos >= 0);
    return Passage::fromSpan(text, DocumentId(1), FactorId(1), pos,
                             pos + static_cast<int>(quote.size()));
}

/// Removes the line starting with `opening` (and its newline); returns how many characters went.
int removeLine(QString &text, const QString &opening)
{
    const qsizetype start = text.indexOf(opening);
    Q_ASSERT(start >= 0);
    const qsizetype length = text.indexOf(u'\n', start) + 1 - start;
    text.remove(start, length);
    return static_cast<int>(length);
}

QString spanOf(const QString &text, const Passage &p)
{
    return text.mid(p.start, p.end - p.start);
}

} // namespace

class TestReanchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextLeavesEverythingUnchanged();
    void insertionBeforeMovesPassages();
    void deletionBeforeMovesPassages();
    void rewordingInsideChangesTheQuote();
    void insertionInsidePassage();
    void deletionInsidePassage();
    void repeatedQuoteChosenByContext();
    void paragraphsReordered();
    void removedTextOrphansThePassage();
    void heavilyRewrittenQuoteIsOrphaned();
    void shortQuoteIsOnlyFoundExactly();
    void emptyNewText();
    void reportCountsAndOrder();
    void thousandPassagesInAMegabyte();
};

void TestReanchor::sameTextLeavesEverythingUnchanged()
{
    const QList<Passage> passages{tag(decision, u"demonstrated some insight"_s),
                                  tag(decision, u"suspension order for 6 months"_s)};
    const ReanchorReport report = Reanchorer::reanchor(decision, decision, passages);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.found(), 2);
    QCOMPARE(report.passages.at(0).passage, passages.at(0));
    QCOMPARE(report.passages.at(1).passage, passages.at(1));
}

void TestReanchor::insertionBeforeMovesPassages()
{
    const Passage p = tag(decision, u"completed a course on record keeping"_s);
    QString changed = decision;
    changed.insert(0, u"Hearing held remotely.\n\n"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.moved, 1);
    const Passage &found = report.passages.constFirst().passage;
    QCOMPARE(found.start, p.start + 24);
    QCOMPARE(spanOf(changed, found), p.quote);
    QCOMPARE(report.passages.constFirst().status, AnchorStatus::Moved);
    QVERIFY(!found.orphaned);
}

void TestReanchor::deletionBeforeMovesPassages()
{
    const Passage p = tag(decision, u"a suspension order for 6 months"_s);
    QString changed = decision;
    const int removed = removeLine(changed, u"14. The panel"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.moved, 1);
    QCOMPARE(spanOf(changed, report.passages.constFirst().passage), p.quote);
    QCOMPARE(report.passages.constFirst().passage.start, p.start - removed);
}

void TestReanchor::rewordingInsideChangesTheQuote()
{
    const Passage p = tag(decision, u"did not accept responsibility"_s);
    QString changed = decision;
    changed.replace(u"did not accept responsibility"_s, u"did not fully accept responsibility"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.changed, 1);
    const AnchoredPassage &a = report.passages.constFirst();
    QCOMPARE(a.status, AnchorStatus::Changed);
    QCOMPARE(a.passage.quote, u"did not fully accept responsibility"_s);
    QCOMPARE(spanOf(changed, a.passage), a.passage.quote);
    QVERIFY(a.similarity >= Reanchorer::minimumSimilarity && a.similarity < 1);
}

void TestReanchor::insertionInsidePassage()
{
    const Passage p = tag(decision, u"completed a course on record keeping in May 2023"_s);
    QString changed = decision;
    changed.replace(u"a course on record keeping"_s, u"an accredited course on record keeping"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.changed, 1);
    QCOMPARE(report.passages.constFirst().passage.quote,
             u"completed an accredited course on record keeping in May 2023"_s);
}

void TestReanchor::deletionInsidePassage()
{
    const Passage p = tag(decision,
                          u"the registrant completed a course on record keeping in May 2023"_s);
    QString changed = decision;
    changed.replace(u" in May 2023"_s, u" in 2023"_s);
    changed.insert(0, u"Preliminary matters were dealt with first.\n"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.changed, 1);
    const Passage &found = report.passages.constFirst().passage;
    QCOMPARE(found.quote, u"the registrant completed a course on record keeping in 2023"_s);
    QCOMPARE(spanOf(changed, found), found.quote);
}

void TestReanchor::repeatedQuoteChosenByContext()
{
    // The same words occur in ¶ 13 and ¶ 17: each passage must stay with its own paragraph.
    const QString quote = u"demonstrated some insight into her failings"_s;
    const Passage first = tag(decision, quote, 0);
    const Passage second = tag(decision, quote, 1);
    QString changed = decision;
    changed.replace(u"Decision on sanction"_s, u"Decision on sanction (after adjournment)"_s);
    changed.insert(0, u"Note: this decision was corrected on 3 April 2024.\n"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {second, first});
    QCOMPARE(report.moved, 2);
    const Passage &secondFound = report.passages.at(0).passage;
    const Passage &firstFound = report.passages.at(1).passage;
    QVERIFY(changed.mid(secondFound.start - 30, 30).contains(u"17. The registrant has"_s.mid(4)));
    QVERIFY(changed.mid(firstFound.end, 2) == u".\n"_s);
    QVERIFY(secondFound.start > firstFound.start);

    // Even when ¶ 13 moves below ¶ 17, context keeps them apart.
    QString reordered = decision;
    const QString p13 = u"13. The registrant has demonstrated some insight into her failings.\n"_s;
    reordered.remove(reordered.indexOf(p13), p13.size());
    reordered.append(p13);
    const ReanchorReport again = Reanchorer::reanchor(decision, reordered, {first, second});
    QCOMPARE(again.found(), 2);
    QCOMPARE(reordered.mid(again.passages.at(0).passage.end, 2), u".\n"_s);
    QCOMPARE(reordered.mid(again.passages.at(1).passage.end, 1), u","_s);
}

void TestReanchor::paragraphsReordered()
{
    const Passage p = tag(decision, u"did not accept responsibility"_s);
    QString changed = decision;
    const QString p15
        = u"15. However, the panel was concerned that the registrant did not accept responsibility.\n"_s;
    changed.remove(changed.indexOf(p15), p15.size());
    changed.append(p15);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.moved, 1);
    QCOMPARE(spanOf(changed, report.passages.constFirst().passage), p.quote);
}

void TestReanchor::removedTextOrphansThePassage()
{
    const Passage p = tag(decision, u"completed a course on record keeping"_s);
    QString changed = decision;
    removeLine(changed, u"14. The panel"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.orphaned, 1);
    const AnchoredPassage &a = report.passages.constFirst();
    QCOMPARE(a.status, AnchorStatus::Orphaned);
    QVERIFY(a.passage.orphaned);
    // An orphan keeps its quote and context for the reviewer.
    QCOMPARE(a.passage.quote, p.quote);
    QCOMPARE(a.passage.prefix, p.prefix);
    QCOMPARE(a.passage.start, p.start);
}

void TestReanchor::heavilyRewrittenQuoteIsOrphaned()
{
    const Passage p = tag(decision, u"did not accept responsibility"_s);
    QString changed = decision;
    changed.replace(u"did not accept responsibility"_s, u"was reluctant to own what happened"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, {p});
    QCOMPARE(report.orphaned, 1);
}

void TestReanchor::shortQuoteIsOnlyFoundExactly()
{
    const Passage p = tag(decision, u"6 months"_s);
    QString changed = decision;
    changed.replace(u"6 months"_s, u"9 months"_s);
    QCOMPARE(Reanchorer::reanchor(decision, changed, {p}).orphaned, 1);
}

void TestReanchor::emptyNewText()
{
    const Passage p = tag(decision, u"suspension order"_s);
    const ReanchorReport report = Reanchorer::reanchor(decision, QString(), {p});
    QCOMPARE(report.orphaned, 1);
    Passage empty = p;
    empty.quote.clear();
    QCOMPARE(Reanchorer::reanchor(decision, decision, {empty}).orphaned, 1);
}

void TestReanchor::reportCountsAndOrder()
{
    QString changed = decision;
    changed.insert(0, u"Corrected copy.\n"_s);
    changed.replace(u"did not accept responsibility"_s, u"did not really accept responsibility"_s);
    removeLine(changed, u"16. The panel"_s);
    const QList<Passage> passages{
        tag(decision, u"suspension order for 6 months"_s), // orphaned
        tag(decision, u"currently impaired"_s),            // moved
        tag(decision, u"did not accept responsibility"_s), // changed
    };
    const ReanchorReport report = Reanchorer::reanchor(decision, changed, passages);
    QCOMPARE(report.passages.size(), 3);
    QCOMPARE(report.passages.at(0).status, AnchorStatus::Orphaned);
    QCOMPARE(report.passages.at(1).status, AnchorStatus::Moved);
    QCOMPARE(report.passages.at(2).status, AnchorStatus::Changed);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(report.moved, 1);
    QCOMPARE(report.changed, 1);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.found(), 2);
}

void TestReanchor::thousandPassagesInAMegabyte()
{
    // A 1 MB text of varied numbered paragraphs, 1,000 passages, and a new version with
    // insertions, deletions and rewordings spread through it.
    QRandomGenerator random(42);
    const QStringList words{u"panel"_s,      u"registrant"_s, u"insight"_s,    u"misconduct"_s,
                            u"patient"_s,    u"records"_s,    u"evidence"_s,   u"witness"_s,
                            u"impairment"_s, u"sanction"_s,   u"the"_s,        u"of"_s,
                            u"and"_s,        u"was"_s,        u"considered"_s, u"accepted"_s};
    QString text;
    int paragraph = 1;
    while (text.size() < 1'000'000) {
        text += QString::number(paragraph++) + u". "_s;
        const int count = 40 + random.bounded(80);
        for (int w = 0; w < count; ++w)
            text += words.at(random.bounded(words.size())) + (w % 13 == 12 ? u". "_s : u" "_s);
        text += u"\n"_s;
    }
    QList<Passage> passages;
    for (int i = 0; i < 1000; ++i) {
        const int start = random.bounded(static_cast<int>(text.size()) - 200);
        passages.append(Passage::fromSpan(text, DocumentId(1), FactorId(1), start,
                                          start + 40 + random.bounded(120)));
    }
    QString changed = text;
    for (int i = 0; i < 200; ++i) {
        const int at = random.bounded(static_cast<int>(changed.size()) - 10);
        if (i % 3 == 0)
            changed.insert(at, u"new words "_s);
        else if (i % 3 == 1)
            changed.remove(at, 5);
        else
            changed.replace(at, 4, u"text"_s);
    }
    QElapsedTimer timer;
    timer.start();
    const ReanchorReport report = Reanchorer::reanchor(text, changed, passages);
    const qint64 ms = timer.elapsed();
    qInfo("re-anchored 1000 passages in %lld ms: %d unchanged, %d moved, %d changed, %d orphaned",
          ms, report.unchanged, report.moved, report.changed, report.orphaned);
    QCOMPARE(report.passages.size(), 1000);
    QVERIFY(report.found() >= 980);
    for (const AnchoredPassage &a : report.passages) {
        if (!a.passage.orphaned)
            QCOMPARE(spanOf(changed, a.passage), a.passage.quote);
    }
#ifndef __SANITIZE_ADDRESS__
    QVERIFY2(ms < 2000, qPrintable(u"took %1 ms"_s.arg(ms)));
#endif
}

QTEST_GUILESS_MAIN(TestReanchor)
#include "tst_reanchor.moc"
