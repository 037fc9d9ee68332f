// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/anonymisationlist.h"
#include "export/anonymiser.h"
#include "model/case.h"

#include <QElapsedTimer>

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

AnonymisationEntry entry(const QString &original, const QString &replacement,
                         AnonymisationEntry::Kind kind = AnonymisationEntry::Kind::Other,
                         bool confirmed = true)
{
    AnonymisationEntry e;
    e.original = original;
    e.replacement = replacement;
    e.kind = kind;
    e.confirmed = confirmed;
    return e;
}

Anonymiser standard()
{
    return Anonymiser(
        {entry(u"Smith"_s, u"Person A"_s), entry(u"Jane Smith"_s, u"the Registrant"_s),
         entry(u"Riverside Ward"_s, u"the Ward"_s, AnonymisationEntry::Kind::Place),
         entry(u"Zoë O'Brien-Łukasz"_s, u"Person B"_s),
         entry(u"PIN 12A3456E"_s, u"[identifier]"_s, AnonymisationEntry::Kind::Identifier),
         entry(u"Ann"_s, u"Person C"_s)});
}

} // namespace

class TestAnonymiser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAppliesNothing()
    {
        const Anonymiser none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.apply(u"Jane Smith"_s), u"Jane Smith"_s);
        const Anonymiser unconfirmed(
            {entry(u"Jane"_s, u"X"_s, AnonymisationEntry::Kind::Other, false),
             entry(u"  "_s, u"Y"_s)});
        QVERIFY(unconfirmed.isEmpty());
        QCOMPARE(unconfirmed.apply(u"Jane"_s), u"Jane"_s);
    }

    void apply_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"The panel heard from Jane Smith today."_s
                               << u"The panel heard from the Registrant today."_s;
        QTest::newRow("sentence start") << u"Jane Smith attended. Jane Smith spoke."_s
                                        << u"The Registrant attended. The Registrant spoke."_s;
        QTest::newRow("line break")
            << u"evidence of Jane\nSmith was"_s << u"evidence of the Registrant was"_s;
        QTest::newRow("runs of spaces") << u"of Jane \t \r\n  Smith."_s << u"of the Registrant."_s;
        QTest::newRow("no-break space") << u"of Jane\u00a0Smith"_s << u"of the Registrant"_s;
        QTest::newRow("case") << u"of JANE SMITH and jane smith"_s
                              << u"of THE REGISTRANT and the Registrant"_s;
        QTest::newRow("overlap longest first") << u"Jane Smith met Ms Smith and Smith."_s
                                               << u"The Registrant met Person A and Person A."_s;
        QTest::newRow("possessive") << u"Smith's account and Jane Smith’s notes"_s
                                    << u"Person A's account and the Registrant’s notes"_s;
        QTest::newRow("punctuation")
            << u"(Smith), \"Smith\"; Smith: Smith? Smith!"_s
            << u"(Person A), \"Person A\"; Person A: Person A? Person A!"_s;
        QTest::newRow("inside other words")
            << u"Smithson, Blacksmith, Smiths, Anne, Annex, Hannah"_s
            << u"Smithson, Blacksmith, Smiths, Anne, Annex, Hannah"_s;
        QTest::newRow("file name") << u"jane_smith_decision.pdf, Smith_notes.txt"_s
                                   << u"the Registrant_decision.pdf, Person A_notes.txt"_s;
        QTest::newRow("digits touching") << u"Smith2 and 2Smith"_s << u"Smith2 and 2Smith"_s;
        QTest::newRow("non-ASCII")
            << u"by Zoë O'Brien-Łukasz, ZOË O’BRIEN-ŁUKASZ and zoë o'brien-łukasz"_s
            << u"by Person B, PERSON B and Person B"_s;
        QTest::newRow("decomposed accent")
            << u"by Zoe\u0308 O'Brien-Łukasz."_s << u"by Person B."_s;
        QTest::newRow("hyphen at line end") << u"by Zoë O'Brien-\nŁukasz."_s << u"by Person B."_s;
        QTest::newRow("accent is not its base letter")
            << u"by Zoe O'Brien-Lukasz."_s << u"by Zoe O'Brien-Lukasz."_s;
        QTest::newRow("identifier") << u"registration PIN 12A3456E, and pin\n12a3456e."_s
                                    << u"registration [identifier], and [identifier]."_s;
        QTest::newRow("identifier inside longer") << u"PIN 12A3456EX"_s << u"PIN 12A3456EX"_s;
        QTest::newRow("place") << u"on Riverside Ward."_s << u"on the Ward."_s;
        QTest::newRow("no re-replacement") << u"Ann and Smith"_s << u"Person C and Person A"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("at edges") << u"Smith"_s << u"Person A"_s;
        QTest::newRow("title taken along")
            << u"Dr. Smith said to Nurse Jane Smith"_s << u"Person A said to the Registrant"_s;
        QTest::newRow("place keeps no title") << u"Mr Riverside Ward"_s << u"Mr the Ward"_s;
        QTest::newRow("abbreviation is no sentence end")
            << u"Mr. Zoë O'Brien-Łukasz"_s << u"Person B"_s;
        QTest::newRow("paragraph start")
            << u"1.\nJane Smith said"_s << u"1.\nThe Registrant said"_s;
        QTest::newRow("wrapped line")
            << u"the conduct of\nJane Smith"_s << u"the conduct of\nthe Registrant"_s;
    }

    void apply()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(standard().apply(input), expected);
    }

    void replacementsAreNotSearchedAgain()
    {
        // "Person" is itself on the list: the replacement "Person A" must stay as written.
        const Anonymiser a(
            {entry(u"Smith"_s, u"Person A"_s), entry(u"Person"_s, u"X"_s), entry(u"A"_s, u"B"_s)});
        QCOMPARE(a.apply(u"Smith met a Person"_s), u"Person A met B X"_s);
    }

    void titleEntries()
    {
        const Anonymiser a(anonymisation::registrantEntries(u"Jane Smith"_s));
        QCOMPARE(
            a.apply(u"Mr Smith, Ms. Smith, Jane, Smith and Jane Smith"_s),
            u"The Registrant, the Registrant, the Registrant, the Registrant and the Registrant"_s);
    }

    void registrantEntries()
    {
        const QList<AnonymisationEntry> entries = anonymisation::registrantEntries(
            u"Dr  Zoë O'Brien-Łukasz"_s);
        QStringList originals;
        for (const AnonymisationEntry &e : entries) {
            QVERIFY(e.confirmed);
            QCOMPARE(e.kind, AnonymisationEntry::Kind::Registrant);
            QCOMPARE(e.replacement, u"the Registrant"_s);
            originals << e.original;
        }
        QCOMPARE(originals, (QStringList{u"Dr Zoë O'Brien-Łukasz"_s, u"Zoë O'Brien-Łukasz"_s,
                                         u"Zoë"_s, u"O'Brien-Łukasz"_s, u"O'Brien"_s, u"Łukasz"_s,
                                         u"Mr O'Brien-Łukasz"_s, u"Ms O'Brien-Łukasz"_s}));
        QVERIFY(anonymisation::registrantEntries(u"Registrant A"_s).isEmpty());
        QVERIFY(anonymisation::registrantEntries(u"the Registrant"_s).isEmpty());
        QVERIFY(anonymisation::registrantEntries(u" "_s).isEmpty());
        // An initial is not a name part.
        const QList<AnonymisationEntry> initial = anonymisation::registrantEntries(u"J Smith"_s);
        QCOMPARE(initial.size(), 4); // "J Smith", "Smith", "Mr Smith", "Ms Smith"
    }

    void effectiveListLetsStoredEntriesOverride()
    {
        Case c;
        c.registrant = u"Jane Smith"_s;
        QList<AnonymisationEntry> stored{
            entry(u"smith"_s, u"the Registrant"_s, AnonymisationEntry::Kind::Registrant, false),
            entry(u"Riverside Ward"_s, u"the Ward"_s)};
        const QList<AnonymisationEntry> list = anonymisation::effectiveList(c, stored);
        QCOMPARE(list.size(), 5 + 2 - 1);
        QCOMPARE(list.constFirst().original, u"Jane Smith"_s);
        QCOMPARE(list.constLast().original, u"Riverside Ward"_s);
        const Anonymiser a(list);
        QCOMPARE(a.apply(u"Jane Smith and Smith on Riverside Ward"_s),
                 u"The Registrant and Smith on the Ward"_s);
    }

    void mapped()
    {
        const QString text = u"Jane Smith's note: Smith saw Ann."_s;
        const Anonymiser::Mapped m = standard().applyMapped(text);
        QCOMPARE(m.text, u"The Registrant's note: Person A saw Person C."_s);
        // Unchanged stretches keep their characters.
        for (const QString &word : {u"'s note: "_s, u" saw "_s}) {
            const int from = int(text.indexOf(word));
            QCOMPARE(m.text.mid(m.map(from), word.size()), word);
        }
        QCOMPARE(m.map(0), 0);
        QCOMPARE(m.map(int(text.size())), int(m.text.size()));
        QCOMPARE(m.map(int(text.indexOf(u"Smith saw"_s))), int(m.text.indexOf(u"Person A"_s)));
        // Inside a replaced name: within its replacement.
        const int inside = m.map(int(text.indexOf(u"Ann."_s)) + 2);
        const int personC = int(m.text.indexOf(u"Person C"_s));
        QVERIFY(inside >= personC && inside <= personC + 8);
        // Monotonic, in range.
        int previous = 0;
        for (int i = -3; i <= text.size() + 3; ++i) {
            const int mappedOffset = m.map(i);
            QVERIFY(mappedOffset >= previous);
            QVERIFY(mappedOffset <= m.text.size());
            previous = mappedOffset;
        }
        // A replacement much longer than its name.
        const Anonymiser longer({entry(u"Al"_s, u"the Registered Professional"_s)});
        const Anonymiser::Mapped l = longer.applyMapped(u"Al and Al."_s);
        QCOMPARE(l.text, u"The Registered Professional and the Registered Professional."_s);
        QCOMPARE(l.text.mid(l.map(2), 5), u" and "_s);
        QCOMPARE(l.map(9), int(l.text.size()) - 1);
        const Anonymiser::Mapped unchanged = Anonymiser().applyMapped(u"abc"_s);
        QCOMPARE(unchanged.map(2), 2);
    }

    void exportFileStems()
    {
        // The real reference never names an anonymised file where the list changes it.
        const Anonymiser list(
            {entry(u"12A3456E"_s, u"Case A"_s, AnonymisationEntry::Kind::Identifier)});
        QCOMPARE(exportFileStem(u"12A3456E"_s, &list), u"Case-A-anonymised"_s);
        QCOMPARE(exportFileStem(u"12A3456E"_s, nullptr), u"12A3456E"_s);
        QCOMPARE(exportFileStem(u"F(24)20 a/b"_s, nullptr), u"F(24)20-a-b"_s);
    }

    void sharedAcrossThreads()
    {
        const Anonymiser a = standard();
        QStringList texts;
        for (int i = 0; i < 200; ++i)
            texts << u"Paragraph %1: Jane Smith and Smith on Riverside Ward."_s.arg(i);
        const QStringList out = QtConcurrent::blockingMapped(
            texts, [a](const QString &t) { return a.apply(t); });
        for (int i = 0; i < out.size(); ++i) {
            QCOMPARE(out.at(i), u"Paragraph %1: the Registrant and Person A on the Ward."_s.arg(i));
        }
    }

    void largeText()
    {
        QList<AnonymisationEntry> list;
        for (int i = 0; i < 60; ++i)
            list << entry(u"Surname%1 Name"_s.arg(i), u"Person %1"_s.arg(i));
        list << entry(u"Jane Smith"_s, u"the Registrant"_s);
        const Anonymiser a(list);
        QString text;
        for (int i = 0; i < 4000; ++i)
            text += u"The panel considered the evidence of Jane Smith in paragraph %1.\n"_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        const QString out = a.apply(text);
        qInfo("60 entries over %lld characters: %lld ms", qlonglong(text.size()), timer.elapsed());
        QVERIFY(!out.contains(u"Smith"_s));
        QCOMPARE(out.count(u"the Registrant"_s), 4000);
    }
};

QTEST_GUILESS_MAIN(TestAnonymiser)
#include "tst_anonymiser.moc"
