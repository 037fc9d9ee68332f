// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/phrasesuggester.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

Factor factor(qint64 id, const QString &name, const QStringList &phrases)
{
    Factor f;
    f.id = FactorId(id);
    f.key = name.toLower();
    f.name = name;
    f.phrases = phrases;
    return f;
}

const QString text
    = uR"(21. The panel considered the registrant's reflective statement. In the panel's view she
has demonstrated insight into the effect of her actions on patients. Mr. Jones said the
registrant was honest.

22. The panel found that the registrant lacks insight into her dishonesty. It noted her
insightful comments elsewhere.
)"_s;

} // namespace

class TestPhraseSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPhrasesAndExpandsToSentences();
    void matchesWholeWordsIgnoringCaseAndSpacing();
    void leavesOutTaggedAndDismissed();
    void phraseSpanWithoutExpansion();
    void sentenceBoundaries();
    void emptyCodebook();
};

void TestPhraseSuggester::findsPhrasesAndExpandsToSentences()
{
    const PhraseSuggester suggester({factor(1, u"Insight"_s, {u"demonstrated insight"_s}),
                                     factor(2, u"Lack of insight"_s, {u"lacks insight"_s})});
    const QList<PhraseSuggestion> s = suggester.suggest(text);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).factor, FactorId(1));
    QCOMPARE(s.at(0).phrase, u"demonstrated insight"_s);
    QCOMPARE(text.mid(s.at(0).matchStart, s.at(0).matchEnd - s.at(0).matchStart),
             u"demonstrated insight"_s);
    QCOMPARE(
        s.at(0).quote,
        u"In the panel's view she\nhas demonstrated insight into the effect of her actions on patients."_s);
    QCOMPARE(text.mid(s.at(0).start, s.at(0).end - s.at(0).start), s.at(0).quote);
    QCOMPARE(s.at(1).factor, FactorId(2));
    QCOMPARE(s.at(1).quote,
             u"The panel found that the registrant lacks insight into her dishonesty."_s);
}

void TestPhraseSuggester::matchesWholeWordsIgnoringCaseAndSpacing()
{
    const PhraseSuggester suggester({factor(1, u"Insight"_s, {u"Insight"_s}),
                                     factor(2, u"Honesty"_s, {u"registrant   WAS honest"_s})});
    const QList<PhraseSuggestion> s = suggester.suggest(text, {}, {}, false);
    // "insight" three times as a word (not "insightful"), "registrant\nwas honest" once.
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(0).quote, u"insight"_s);
    QCOMPARE(s.at(1).factor, FactorId(2));
    QCOMPARE(s.at(1).quote, u"registrant was honest"_s);
    QCOMPARE(s.at(2).factor, FactorId(1));
    for (const PhraseSuggestion &one : s)
        QVERIFY(!text.mid(one.matchStart, 12).startsWith(u"insightful"_s));
}

void TestPhraseSuggester::leavesOutTaggedAndDismissed()
{
    const PhraseSuggester suggester({factor(1, u"Insight"_s, {u"demonstrated insight"_s}),
                                     factor(2, u"Lack of insight"_s, {u"lacks insight"_s})});
    const QList<PhraseSuggestion> all = suggester.suggest(text);
    QCOMPARE(all.size(), 2);

    // Tagged with the same factor over part of the sentence: left out.
    Passage tagged = Passage::fromSpan(text, DocumentId(1), FactorId(1), all.at(0).matchStart,
                                       all.at(0).matchEnd);
    QCOMPARE(suggester.suggest(text, {tagged}).size(), 1);
    // Tagged with another factor: still suggested.
    tagged.factor = FactorId(2);
    QCOMPARE(suggester.suggest(text, {tagged}).size(), 2);
    // An orphan does not hide a suggestion.
    tagged.factor = FactorId(1);
    tagged.orphaned = true;
    QCOMPARE(suggester.suggest(text, {tagged}).size(), 2);

    SuggestionDismissal dismissal;
    dismissal.document = DocumentId(1);
    dismissal.factor = FactorId(2);
    dismissal.start = all.at(1).start;
    dismissal.end = all.at(1).end;
    dismissal.quote = all.at(1).quote;
    const QList<PhraseSuggestion> left = suggester.suggest(text, {}, {dismissal});
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().factor, FactorId(1));
    // The dismissal follows the quote when the text moves.
    const QString moved = u"Preamble.\n\n"_s + text;
    QCOMPARE(suggester.suggest(moved, {}, {dismissal}).size(), 1);
}

void TestPhraseSuggester::phraseSpanWithoutExpansion()
{
    const PhraseSuggester suggester({factor(1, u"Insight"_s, {u"demonstrated insight"_s})});
    const QList<PhraseSuggestion> s = suggester.suggest(text, {}, {}, false);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).start, s.at(0).matchStart);
    QCOMPARE(s.at(0).quote, u"demonstrated insight"_s);
}

void TestPhraseSuggester::sentenceBoundaries()
{
    const QString t
        = u"Background\n\n5. She said e.g. that the ward was short. The panel accepted that! Next"_s;
    const int at = static_cast<int>(t.indexOf(u"ward"_s));
    const auto [from, to] = PhraseSuggester::sentenceAround(t, at, at + 4);
    QCOMPARE(t.mid(from, to - from), u"She said e.g. that the ward was short."_s);
    const int accepted = static_cast<int>(t.indexOf(u"accepted"_s));
    const auto [from2, to2] = PhraseSuggester::sentenceAround(t, accepted, accepted + 8);
    QCOMPARE(t.mid(from2, to2 - from2), u"The panel accepted that!"_s);
}

void TestPhraseSuggester::emptyCodebook()
{
    const PhraseSuggester suggester({factor(1, u"Insight"_s, {}), factor(2, u"X"_s, {u"  "_s})});
    QVERIFY(suggester.isEmpty());
    QVERIFY(suggester.suggest(text).isEmpty());
}

QTEST_GUILESS_MAIN(TestPhraseSuggester)
#include "tst_phrasesuggester.moc"
