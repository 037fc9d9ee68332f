// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"

#include "analysis/casecomparison.h"
#include "model/libraryerror.h"

#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

class TestCaseComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factorTableGroupsAndPassages();
    void linkedPassagesSayTheSame();
    void unrelatedTextsAreNotLinked();
    void swapExchangesSides();
    void missingCaseIsNotFound();
};

namespace {

const QString sharedParagraph
    = u"The Panel was satisfied that the registrant failed to escalate the deteriorating patient's "
      "observations to the medical team during the night shift."_s;

} // namespace

void TestCaseComparison::factorTableGroupsAndPassages()
{
    AnalysisFixture fx;
    const CaseId left = fx.add({u"L"_s,
                                {u"dishonesty"_s, u"remorse"_s, u"fact_proved"_s},
                                Regulator::Hcpc,
                                u"Paramedic"_s,
                                {StatutoryGround::Misconduct},
                                QDate(2020, 1, 1),
                                SanctionType::Suspension,
                                6});
    const CaseId right = fx.add({u"R"_s,
                                 {u"dishonesty"_s, u"testimonials"_s, u"public_confidence"_s},
                                 Regulator::Nmc,
                                 u"Midwife"_s,
                                 {StatutoryGround::Misconduct},
                                 QDate(2021, 1, 1),
                                 SanctionType::StrikingOff,
                                 std::nullopt});
    const CaseComparison c = CaseComparison::compare(fx.library(), left, right);
    QCOMPARE(c.left().reference, u"L"_s);
    QCOMPARE(c.right().reference, u"R"_s);
    QCOMPARE(c.left().sanction->type, SanctionType::Suspension);
    QCOMPARE(c.right().sanction->type, SanctionType::StrikingOff);
    QCOMPARE(c.left().impairment, ImpairmentFinding::Impaired);

    // Groups in category order, each holding only factors tagged on either side.
    QList<FactorCategory> categories;
    for (const CaseComparison::FactorGroup &g : c.groups())
        categories.append(g.category);
    QCOMPARE(categories,
             (QList<FactorCategory>{FactorCategory::Finding, FactorCategory::Aggravating,
                                    FactorCategory::Mitigating, FactorCategory::InsightRemediation,
                                    FactorCategory::Context}));
    const QList<CaseComparison::FactorRow> rows = c.rows();
    QCOMPARE(rows.size(), 5);
    for (const CaseComparison::FactorRow &row : rows) {
        const QString key = row.factor.key;
        QCOMPARE(row.inLeft(),
                 key == u"dishonesty"_s || key == u"remorse"_s || key == u"fact_proved"_s);
        QCOMPARE(row.inRight(), key == u"dishonesty"_s || key == u"testimonials"_s
                                    || key == u"public_confidence"_s);
        QCOMPARE(row.shared(), key == u"dishonesty"_s);
        // Each side's passage quotes its own sentence for the factor.
        for (const Passage &p : row.left)
            QVERIFY2(p.quote.contains(key), qPrintable(p.quote));
        for (const Passage &p : row.right)
            QVERIFY2(p.quote.contains(key), qPrintable(p.quote));
    }
    QCOMPARE(c.leftDocuments().size(), 1);
    QCOMPARE(c.rightDocuments().size(), 1);
}

void TestCaseComparison::linkedPassagesSayTheSame()
{
    AnalysisFixture fx;
    const QString leftText
        = u"Background\n\nThe registrant worked on a busy surgical ward for six years.\n\n"_s
          + sharedParagraph
          + u"\n\nThe hearing was adjourned for a day because a witness was unwell and could not attend."_s;
    const QString rightText
        = u"The registrant had been a community midwife for a long period before these events began.\n\n"
          "The Panel was satisfied that the registrant failed to escalate the deteriorating patient's "
          "observations to the medical team during the late shift.\n"_s;
    CaseSpec a{u"L"_s, {}};
    a.text = leftText;
    CaseSpec b{u"R"_s, {}};
    b.text = rightText;
    const CaseId left = fx.add(a);
    const CaseId right = fx.add(b);
    const CaseComparison c = CaseComparison::compare(fx.library(), left, right);
    QCOMPARE(c.links().size(), 1);
    const CaseComparison::LinkedPassage &link = c.links().first();
    QVERIFY(link.similarity > 0.9 && link.similarity < 1.0);
    QCOMPARE(link.left.text, sharedParagraph);
    QVERIFY(link.right.text.startsWith(u"The Panel was satisfied"_s));
    QVERIFY(link.right.text.endsWith(u"during the late shift."_s));
    // The spans index the documents' text.
    QCOMPARE(c.leftDocuments().first().text.mid(link.left.start, link.left.end - link.left.start),
             link.left.text);
    QCOMPARE(
        c.rightDocuments().first().text.mid(link.right.start, link.right.end - link.right.start),
        link.right.text);
    QCOMPARE(link.left.document, c.leftDocuments().first().id);
}

void TestCaseComparison::unrelatedTextsAreNotLinked()
{
    Document a;
    a.id = DocumentId(1);
    a.text
        = u"The registrant administered insulin twice to the same patient on the surgical ward at night.\nShort line."_s;
    Document b;
    b.id = DocumentId(2);
    b.text
        = u"The social worker did not complete statutory visits to three looked after children in time."_s;
    QVERIFY(CaseComparison::linkPassages({a}, {b}, CaseComparison::Options()).isEmpty());
    // The same paragraph twice on one side is linked once.
    Document c = a;
    c.id = DocumentId(3);
    c.text = a.text + u'\n' + a.text;
    const auto links = CaseComparison::linkPassages({a}, {c}, CaseComparison::Options());
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().similarity, 1.0);
}

void TestCaseComparison::swapExchangesSides()
{
    AnalysisFixture fx;
    CaseSpec a{u"L"_s, {u"dishonesty"_s}};
    a.text = sharedParagraph;
    CaseSpec b{u"R"_s, {u"remorse"_s}};
    b.text = sharedParagraph;
    const CaseId left = fx.add(a);
    const CaseId right = fx.add(b);
    const CaseComparison c = CaseComparison::compare(fx.library(), left, right);
    const CaseComparison s = c.swapped();
    QCOMPARE(s.left().reference, u"R"_s);
    QCOMPARE(s.right().reference, u"L"_s);
    QCOMPARE(s.rows().size(), c.rows().size());
    for (qsizetype i = 0; i < c.rows().size(); ++i) {
        QCOMPARE(s.rows().at(i).left, c.rows().at(i).right);
        QCOMPARE(s.rows().at(i).right, c.rows().at(i).left);
    }
    QVERIFY(!c.links().isEmpty());
    QCOMPARE(s.links().first().left, c.links().first().right);
    QCOMPARE(s.links().first().right, c.links().first().left);
    QCOMPARE(s.swapped().rows().first().left, c.rows().first().left);
}

void TestCaseComparison::missingCaseIsNotFound()
{
    AnalysisFixture fx;
    const CaseId left = fx.add({u"L"_s, {}});
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             CaseComparison::compare(fx.library(), left, CaseId(4242)));
}

QTEST_GUILESS_MAIN(TestCaseComparison)
#include "tst_casecomparison.moc"
