// SPDX-License-Identifier: GPL-3.0-or-later
#include "testlibrary.h"

#include "analysis/caseprofile.h"
#include "model/libraryerror.h"
#include "model/validation.h"
#include "services/corpusgenerator.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestCorpusGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameLibrary();
    void casesAreRealistic();
    void progressCanStop();
    void refusesToOverwrite();

private:
    static QStringList fingerprint(Library &library);
};

namespace {

CorpusGenerator::Options options(int cases, quint32 seed)
{
    CorpusGenerator::Options o;
    o.cases = cases;
    o.seed = seed;
    o.casesPerTransaction = 7;
    return o;
}

int words(const QString &text)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

QStringList TestCorpusGenerator::fingerprint(Library &library)
{
    QStringList lines;
    for (const Case &c : library.cases().all()) {
        QString line = c.reference + c.title + c.profession + c.registrant + c.allegationSummary
                       + c.decisionDate.toString(Qt::ISODate) + enumIdentifier(c.regulator);
        for (const Sanction &s : library.sanctions().forCase(c.id))
            line += enumIdentifier(s.type) + QString::number(s.durationMonths.value_or(-1));
        for (const Document &d : library.documents().forCase(c.id))
            line += Document::hashOfText(d.text);
        for (const Passage &p : library.passages().forCase(c.id))
            line += u"|%1:%2-%3"_s.arg(p.factor.value).arg(p.start).arg(p.end);
        lines.append(line);
    }
    return lines;
}

void TestCorpusGenerator::sameSeedSameLibrary()
{
    test::TempFolder folder;
    auto a = CorpusGenerator::create(folder.path(u"a.casebench"_s), options(12, 7));
    auto b = CorpusGenerator::create(folder.path(u"b.casebench"_s), options(12, 7));
    CorpusGenerator::Options otherBatches = options(12, 7);
    otherBatches.casesPerTransaction = 100;
    auto c = CorpusGenerator::create(folder.path(u"c.casebench"_s), otherBatches);
    auto d = CorpusGenerator::create(folder.path(u"d.casebench"_s), options(12, 8));
    QCOMPARE(fingerprint(*a).size(), 12);
    QCOMPARE(fingerprint(*a), fingerprint(*b));
    QCOMPARE(fingerprint(*a), fingerprint(*c));
    QVERIFY(fingerprint(*a) != fingerprint(*d));
}

void TestCorpusGenerator::casesAreRealistic()
{
    test::TempFolder folder;
    auto library = CorpusGenerator::create(folder.path(u"g.casebench"_s), options(40, 3));
    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.cases, 40);
    QCOMPARE(report.documents, 40);

    QSet<Regulator> regulators;
    QSet<QString> titles;
    QSet<SanctionType> outcomes;
    int shortest = 1 << 30;
    int longest = 0;
    const QList<CaseProfile> profiles = CaseProfile::loadAll(*library);
    for (const CaseProfile &p : profiles) {
        regulators.insert(p.regulator);
        titles.insert(p.title.section(u": "_s, 1));
        QVERIFY2(p.factors.size() >= 3, qPrintable(p.reference));
        QVERIFY(p.year >= 2012 && p.year <= 2025);
        QVERIFY(!p.grounds.isEmpty());
        const QList<Sanction> history = library->sanctions().forCase(p.id);
        QVERIFY(!history.isEmpty());
        for (const ValidationIssue &issue : validation::validateHistory(history, p.regulator))
            QVERIFY2(issue.severity != ValidationIssue::Severity::Error,
                     qPrintable(p.reference + u": "_s + issue.message));
        if (p.sanction)
            outcomes.insert(p.sanction->type);
        const QList<Document> docs = library->documents().forCase(p.id);
        QCOMPARE(docs.size(), 1);
        const int n = words(docs.first().text);
        shortest = std::min(shortest, n);
        longest = std::max(longest, n);
        // Every passage quotes its document exactly.
        for (const Passage &passage : library->passages().forCase(p.id))
            QCOMPARE(docs.first().text.mid(passage.start, passage.end - passage.start),
                     passage.quote);
    }
    // 5 to 40 pages of about 450 words.
    QVERIFY2(shortest >= 5 * 450 && longest <= 40 * 450 * 13 / 10,
             qPrintable(u"%1 … %2 words"_s.arg(shortest).arg(longest)));
    QVERIFY2(longest > 2 * shortest, "lengths vary");
    QVERIFY(regulators.size() >= 4);
    QVERIFY(titles.size() >= 8);
    QVERIFY(outcomes.size() >= 3);
}

void TestCorpusGenerator::progressCanStop()
{
    test::TempFolder folder;
    QList<int> seen;
    auto library = CorpusGenerator::create(folder.path(u"p.casebench"_s), options(20, 1),
                                           [&](int written, int total) {
                                               seen.append(written);
                                               Q_UNUSED(total);
                                               return written < 14;
                                           });
    QCOMPARE(seen, (QList<int>{7, 14}));
    QCOMPARE(library->cases().count(), 14);
}

void TestCorpusGenerator::refusesToOverwrite()
{
    test::TempFolder folder;
    const QString path = folder.path(u"x.casebench"_s);
    (void) CorpusGenerator::create(path, options(1, 1));
    QVERIFY_THROWS_EXCEPTION(LibraryError, CorpusGenerator::create(path, options(1, 1)));
}

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "tst_corpusgenerator.moc"
