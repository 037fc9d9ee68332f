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

// An invented decision that cites case law and legal tests, names medicines and common nouns of
// the trade with capitals, and keeps anonymised labels: only its people and places are names to
// hide. The judgments are cited as regulators cite them; every person and place is made up.
const QString citing = uR"(PHARMACY REGULATOR FITNESS TO PRACTISE COMMITTEE
Registrant: Ottilie Vandersteen
Registrant representative: Barnaby Quillfeather
1. The Committee heard from Mr Quillfeather on behalf of Ms Vandersteen, a pharmacist at
Larkspur Lane Pharmacy in Fenwick Marsh. The Registrant, Ottilie Vandersteen, admitted that she
took Naproxen, Diazepam and Oramorph from the stock of Larkspur Lane Pharmacy without a
prescription. She also kept Tramazepam and Velocodeine at home. Colleague A and Service User 1
gave evidence; Patient B, Person C, Witness 2, Resident D and Child E were named in the bundle.
Mr A, Ms B and Dr C gave statements, and Colleague A said that Patient B's notes were lost.
2. The rules bind Pharmacists, and Registrants are reminded of them: Pharmacists and Registrants
keep stock safe. The dispenser on duty said that Dispensers, like Nurses and Panels, count the
Naproxen, the Oramorph, the Tramazepam and the Velocodeine twice; all Dispensers do. Ms
Vandersteen said that Ignatius Pembleton, her manager at Fenwick Marsh, had seen the Diazepam.
Ignatius Pembleton was a credible witness.
3. The Legal Adviser referred the Committee to Roylance v General Medical Council (No. 2)
[2000] 1 AC 311, to Cohen v GMC [2008] EWHC 581 (Admin) and to Council for Healthcare
Regulatory Excellence v Nursing and Midwifery Council and Grant [2011] EWHC 927 (Admin), in
which Mrs Justice Cox approved the questions of Dame Janet Smith. She also cited Hartigan-Vose
v Pharmacy Regulator [2019] EWCA Civ 12, R (on the application of Thistlewood) v Pharmacy
Regulator [2015] EWHC 77 (Admin), Lambkin and Osgood v Regulator [2014] UKSC 3 and In re
Fennimore. The Committee applied the Grant test, the Cohen test, Sir Peregrine Oakhurst MR's
approach and the Dunwoody test, and considered Zygmunt and Yeong. In Hartigan-Vose the
court said that Thistlewood's case and Lambkin's case are different. The Committee read
Fennimore again, with Roylance, Cohen, Grant, Zygmunt, Yeong, Osgood, Oakhurst and Dunwoody,
and Dame Janet Smith's report as Mrs Justice Cox read it.
4. The Committee found that Ms Vandersteen's conduct fell short. Mr Quillfeather said that
Ms Vandersteen had repaid the Pharmacy. The Committee heard Barnaby Quillfeather ask for a
short order, and heard from Ottilie Vandersteen and from Ignatius Pembleton again in Fenwick
Marsh.
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
        for (const QString &no : {u"Panel"_s,
                                  u"Decision"_s,
                                  u"Facts"_s,
                                  u"Service User A"_s,
                                  u"Colleague B"_s,
                                  u"A"_s,
                                  u"B"_s,
                                  u"Health"_s,
                                  u"Care Professions Council"_s,
                                  u"Professions Council"_s,
                                  u"Code"_s,
                                  u"January"_s,
                                  u"March"_s,
                                  u"Misconduct"_s,
                                  u"Suspension Order"_s,
                                  u"Registrant"_s,
                                  u"Background"_s,
                                  u"Sanction"_s,
                                  u"Service User"_s,
                                  u"Council"_s,
                                  u"Hospital"_s,
                                  u"Ashcombe"_s}) {
            QVERIFY2(!found.contains(no), qPrintable(no + u" in "_s + all));
        }
    }

    void citedCaseLawMedicinesAndCommonNounsAreNoPeople()
    {
        const QList<AnonymisationSuggestion> list = AnonymisationSuggester::suggest({citing}, {});
        const auto found = byOriginal(list);
        const QString all = QStringList(found.keys()).join(u" | "_s);
        // People and places are suggested.
        for (const QString &yes :
             {u"Ottilie Vandersteen"_s, u"Vandersteen"_s, u"Barnaby Quillfeather"_s,
              u"Quillfeather"_s, u"Ignatius Pembleton"_s, u"Fenwick Marsh"_s,
              u"Larkspur Lane Pharmacy"_s}) {
            QVERIFY2(found.contains(yes), qPrintable(yes + u" missing from "_s + all));
        }
        QCOMPARE(found.value(u"Larkspur Lane Pharmacy"_s).entry.kind,
                 AnonymisationEntry::Kind::Place);
        // Case law, judges, legal tests, medicines, plurals of the trade and anonymised labels
        // are not.
        // One string, "|" between the names.
        const QStringList notNames
            = u"Roylance|Cohen|Grant|Zygmunt|Yeong|Cox|Justice Cox|Janet Smith|Hartigan-Vose|"
              u"Thistlewood|Lambkin|Osgood|Fennimore|Dunwoody|Peregrine Oakhurst|Oakhurst|"
              u"Naproxen|Diazepam|Oramorph|Tramazepam|Velocodeine|Pharmacists|Registrants|"
              u"Nurses|Panels|Dispensers|Standards|Colleague A|Service User 1|Patient B|"
              u"Person C|Witness 2|Resident D|Child E|Mr A|Ms B|Dr C|A|B|C|D|E|"
              u"General Medical Council|Regulatory Excellence|Pharmacy Regulator|Legal Adviser"_s
                  .split(u'|');
        for (const QString &no : notNames) {
            QVERIFY2(!found.contains(no), qPrintable(no + u" suggested in "_s + all));
        }
        for (const AnonymisationSuggestion &s : list) {
            QVERIFY2(s.entry.kind != AnonymisationEntry::Kind::Other
                         || !s.entry.original.contains(u"Pharmacy"_s),
                     qPrintable(s.entry.original));
        }
    }

    void citationsAreReadPerText()
    {
        // A name cited as case law in one text is a person in another that never cites it.
        const QString cites = u"The panel applied Lindqvist v Regulator [2012] EWHC 1 (Admin). "
                              u"It read Lindqvist again and Lindqvist once more."_s;
        const QString names = u"The panel heard Mr Lindqvist. Later Lindqvist said no."_s;
        QVERIFY(!byOriginal(AnonymisationSuggester::suggest({cites}, {})).contains(u"Lindqvist"_s));
        QVERIFY(byOriginal(AnonymisationSuggester::suggest({cites, names}, {}))
                    .contains(u"Lindqvist"_s));
    }

    void titleOrFirstNameMakesAPerson()
    {
        // A surname with a medicine's ending, or on the list of cited authorities, is a person
        // when a title or a first name goes with it; so is "Mr Quenby's case".
        const QString text = u"The panel heard Ms Castellamine. Then Ms Castellamine left.\n"
                             u"It heard from Hester Cohen. Hester Cohen was clear, and "
                             u"Imogen Grant spoke too; Imogen Grant agreed.\n"
                             u"It adjourned Mr Quenby's case, and Quenby's case returns.\n"_s;
        const auto found = byOriginal(AnonymisationSuggester::suggest({text}, {}));
        const QString all = QStringList(found.keys()).join(u" | "_s);
        for (const QString &yes :
             {u"Castellamine"_s, u"Hester Cohen"_s, u"Imogen Grant"_s, u"Quenby"_s}) {
            QVERIFY2(found.contains(yes), qPrintable(yes + u" missing from "_s + all));
        }
        QVERIFY(AnonymisationSuggester::looksLikeMedicine(u"Lorazepam"_s));
        QVERIFY(AnonymisationSuggester::looksLikeMedicine(u"Bisoprolol"_s));
        QVERIFY(!AnonymisationSuggester::looksLikeMedicine(u"Pembleton"_s));
        QVERIFY(AnonymisationSuggester::isMedicine(u"Oramorph"_s));
        QVERIFY(!AnonymisationSuggester::isMedicine(u"Quillfeather"_s));
        QVERIFY(AnonymisationSuggester::isCitedAuthority(u"Roylance"_s));
        QVERIFY(!AnonymisationSuggester::isCitedAuthority(u"Smith"_s));
    }

    void skipsWhatTheListHas()
    {
        QList<AnonymisationEntry> existing = anonymisation::registrantEntries(
            u"Quentin Marlowe-Fitch"_s);
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
        const QString text
            = u"Overall the case was simple. Overall it was heard.\nOverall, fine."_s;
        QVERIFY(AnonymisationSuggester::suggest({text}, {}).isEmpty());
    }

    void ordinaryWordsAndListItemsAreNotNames()
    {
        const QString text
            = u"The Meeting was held. A meeting of the Final panel was final.\n"
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
