// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/anonymisationlist.h"
#include "export/anonymisationsuggester.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

// An invented decision: every name in it is made up for this test.
const QString decision = uR"(FITNESS TO PRACTISE COMMITTEE
Registrant: Quentin Marlowe-Fitch
Background
1. The Registrant, Quentin Marlowe-Fitch, worked as a nurse on Bramble Ward at
Ashcombe General Hospital. Mr Marlowe-Fitch was employed by Ashcombe General Hospital
from March 2019. His PIN is 09K1234Z.
2. Service User A and Colleague B gave evidence. The panel heard from Nurse Tabitha
Greaves, the ward manager, and from Dr Oyelaran. Tabitha Greaves said that Marlowe-Fitch
had left Bramble Ward early.
3. Tabitha Greaves was a credible witness. The Health and Care Professions Council relied on
the Code. Dr Oyelaran reported to Wexley Borough Council, and Wexley Borough Council
investigated. The address was 12 Quarry Lane, AB1 2CD.
Decision on Facts
4. The Panel found the facts proved. The Panel then considered misconduct. In January the
Panel sat again. Misconduct was found.
Decision on Sanction
5. The Panel imposed a Suspension Order. Zoë Ní Bhriain, the social worker, agreed.
She said that Zoë Ní Bhriain had met Service User A twice.
)"_s;

QHash<QString, AnonymisationSuggestion> byOriginal(const QList<AnonymisationSuggestion> &list)
{
    QHash<QString, AnonymisationSuggestion> map;
    for (const AnonymisationSuggestion &s : list)
        map.insert(s.entry.original, s);
    return map;
}

} // namespace

class TestAnonymisationSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsNamesPlacesAndIdentifiers()
    {
        const QList<AnonymisationSuggestion> list = AnonymisationSuggester::suggest({decision}, {});
        const auto found = byOriginal(list);
        QStringList originals;
        for (const AnonymisationSuggestion &s : list) {
            originals << s.entry.original;
            QVERIFY(!s.entry.confirmed);
            QCOMPARE(s.entry.id, 0);
            QVERIFY2(s.occurrences >= 1, qPrintable(s.entry.original));
        }
        const QString all = originals.join(u" | "_s);
        // People
        QVERIFY2(found.contains(u"Tabitha Greaves"_s), qPrintable(all));
        QVERIFY2(found.contains(u"Quentin Marlowe-Fitch"_s), qPrintable(all));
        QVERIFY2(found.contains(u"Marlowe-Fitch"_s), qPrintable(all));
        QVERIFY2(found.contains(u"Oyelaran"_s), qPrintable(all));       // titled
        QVERIFY2(found.contains(u"Zoë Ní Bhriain"_s), qPrintable(all)); // non-ASCII
        QCOMPARE(found.value(u"Tabitha Greaves"_s).occurrences, 3);
        QCOMPARE(found.value(u"Tabitha Greaves"_s).entry.replacement.left(7), u"Person "_s);
        // The part of a full name takes its letter.
        QCOMPARE(found.value(u"Marlowe-Fitch"_s).entry.replacement,
                 found.value(u"Quentin Marlowe-Fitch"_s).entry.replacement);
        QVERIFY(found.value(u"Tabitha Greaves"_s).entry.replacement
                != found.value(u"Zoë Ní Bhriain"_s).entry.replacement);
        // Places
        QVERIFY2(found.contains(u"Bramble Ward"_s), qPrintable(all));
        QCOMPARE(found.value(u"Bramble Ward"_s).entry.replacement, u"the Ward"_s);
        QCOMPARE(found.value(u"Bramble Ward"_s).entry.kind, AnonymisationEntry::Kind::Place);
        QVERIFY2(found.contains(u"Ashcombe General Hospital"_s), qPrintable(all));
        QCOMPARE(found.value(u"Ashcombe General Hospital"_s).entry.replacement, u"the Hospital"_s);
        QVERIFY2(found.contains(u"Wexley Borough Council"_s), qPrintable(all));
        QCOMPARE(found.value(u"Wexley Borough Council"_s).entry.replacement, u"the Council"_s);
        // Identifiers
        QVERIFY2(found.contains(u"09K1234Z"_s), qPrintable(all));
        QCOMPARE(found.value(u"09K1234Z"_s).entry.kind, AnonymisationEntry::Kind::Identifier);
        QCOMPARE(found.value(u"09K1234Z"_s).entry.replacement, u"[identifier]"_s);
        QVERIFY2(found.contains(u"AB1 2CD"_s), qPrintable(all));
        // Not names: headings, legal terms, regulators, months, anonymous names, sentence starts.
        for (const QString &no : {u"Panel"_s, u"Decision"_s, u"Facts"_s, u"Service User A"_s,
                                  u"Colleague B"_s, u"A"_s, u"B"_s, u"Health"_s,
                                  u"Care Professions Council"_s, u"Professions Council"_s,
                                  u"Code"_s, u"January"_s, u"March"_s, u"Misconduct"_s,
                                  u"Suspension Order"_s, u"Registrant"_s, u"Background"_s,
                                  u"Sanction"_s, u"Service User"_s, u"Council"_s, u"Hospital"_s, u"Ashcombe"_s}) {
            QVERIFY2(!found.contains(no), qPrintable(no + u" in "_s + all));
        }
    }

    void skipsWhatTheListHas()
    {
        QList<AnonymisationEntry> existing =
            anonymisation::registrantEntries(u"Quentin Marlowe-Fitch"_s);
        AnonymisationEntry taken;
        taken.original = u"someone"_s;
        taken.replacement = u"Person A"_s;
        existing << taken;
        const auto found = byOriginal(AnonymisationSuggester::suggest({decision}, existing));
        QVERIFY(!found.contains(u"Quentin Marlowe-Fitch"_s));
        QVERIFY(!found.contains(u"Marlowe-Fitch"_s));
        for (const AnonymisationSuggestion &s : found)
            QVERIFY(s.entry.replacement != u"Person A"_s);
    }

    void repeatedOnlyAtSentenceStartIsNotAName()
    {
        const QString text = u"Overall the case was simple. Overall it was heard.\nOverall, fine."_s;
        QVERIFY(AnonymisationSuggester::suggest({text}, {}).isEmpty());
    }

    void ordinaryWordsAndListItemsAreNotNames()
    {
        const QString text = u"The Meeting was held. A meeting of the Final panel was final.\n"
                             u"1.2 Treat people kindly.\n1.3 Treat people fairly.\n(a) Keep records. (b) Keep notes.\n"
                             u"Colleague D’s note and Colleague D’s record. Then Meeting again.\n"_s;
        const auto found = byOriginal(AnonymisationSuggester::suggest({text}, {}));
        QVERIFY2(found.isEmpty(), qPrintable(QStringList(found.keys()).join(u", "_s)));
    }

    void onceIsNotEnough()
    {
        const QString text = u"The panel heard from Humphrey Ballantyne once."_s;
        QVERIFY(AnonymisationSuggester::suggest({text}, {}).isEmpty());
        QVERIFY(AnonymisationSuggester::suggest({text, text}, {}).size() == 1);
    }

    void emptyAndOdd()
    {
        QVERIFY(AnonymisationSuggester::suggest({}, {}).isEmpty());
        QVERIFY(AnonymisationSuggester::suggest({QString()}, {}).isEmpty());
        QVERIFY(AnonymisationSuggester::suggest({u"'''- - -\n\n\u0301 A B C"_s}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnonymisationSuggester)
#include "tst_anonymisationsuggester.moc"
