// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedents/sanctionchart.h"

#include "model/sanction.h"

#include <QImage>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

namespace {

Factor factor(qint64 id, const QString &name, FactorCategory category, Polarity polarity)
{
    Factor f;
    f.id = FactorId(id);
    f.key = name;
    f.name = name;
    f.category = category;
    f.polarity = polarity;
    return f;
}

/// A precedent ending with an order (or none), with a likeness score.
PrecedentMatch match(qint64 id, std::optional<SanctionType> type, std::optional<int> months,
                     double score)
{
    PrecedentMatch m;
    m.precedent.id = CaseId(id);
    m.precedent.reference = u"P-%1"_s.arg(id);
    if (type) {
        Sanction s;
        s.type = *type;
        s.durationMonths = months;
        m.precedent.sanction = s;
        m.precedent.sanctionRank = sanctionladder::rank(*type);
    }
    m.score = score;
    return m;
}

PrecedentResult result()
{
    PrecedentResult r;
    r.subject.id = CaseId(100);
    r.subject.reference = u"SUBJECT"_s;
    r.matches = {
        match(1, SanctionType::CautionOrder, 24, 0.9),
        match(2, SanctionType::CautionOrder, 36, 0.8),
        match(3, SanctionType::ConditionsOfPractice, 12, 0.7),
        match(4, SanctionType::StrikingOff, std::nullopt, 0.6),
        match(5, SanctionType::InterimSuspension, 18, 0.5),
        match(6, std::nullopt, std::nullopt, 0.4),
    };
    // The striking-off precedent has dishonesty, which this case lacks.
    r.matches[3].onlyInPrecedent = {
        factor(7, u"Dishonesty"_s, FactorCategory::Aggravating, Polarity::MoreSevere)};
    return r;
}

} // namespace

class TestSanctionChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesItsPoints();
    void findsPointsAndExplainsOutliers();
    void paintsWithAndWithoutPoints();
};

void TestSanctionChart::computesItsPoints()
{
    SanctionChart chart;
    chart.resize(600, 220);
    chart.setPicture(SanctionPicture::fromResult(result()), SanctionType::Suspension);
    const auto positions = chart.pointPositions();
    QCOMPARE(positions.size(), 6);
    // Interim orders and "no order" are off the ladder: not drawn as dots.
    QVERIFY(positions.at(0) && positions.at(1) && positions.at(2) && positions.at(3));
    QVERIFY(!positions.at(4));
    QVERIFY(!positions.at(5));
    // Least restrictive first, left to right; two on one rung are stacked.
    QCOMPARE(positions.at(0)->x(), chart.rungCentre(4));
    QCOMPARE(positions.at(1)->x(), chart.rungCentre(4));
    QVERIFY(positions.at(1)->y() < positions.at(0)->y());
    QCOMPARE(positions.at(2)->x(), chart.rungCentre(5));
    QCOMPARE(positions.at(3)->x(), chart.rungCentre(7));
    QVERIFY(chart.rungCentre(0) < chart.rungCentre(7));
    for (const auto &p : positions) {
        if (p)
            QVERIFY(chart.rect().contains(p->toPoint()));
    }
    // Every dot stays inside even when a rung holds many precedents.
    PrecedentResult crowded;
    for (int i = 1; i <= 20; ++i)
        crowded.matches.append(match(i, SanctionType::Warning, 12, 0.5));
    chart.setPicture(SanctionPicture::fromResult(crowded));
    for (const auto &p : chart.pointPositions())
        QVERIFY(p && p->y() > 0 && p->y() < chart.height());
}

void TestSanctionChart::findsPointsAndExplainsOutliers()
{
    SanctionChart chart;
    chart.resize(600, 220);
    chart.setPicture(SanctionPicture::fromResult(result()));
    const auto positions = chart.pointPositions();
    QCOMPARE(chart.pointAt(*positions.at(2)), 2);
    QCOMPARE(chart.pointAt(QPointF(1, 1)), -1);
    const SanctionPicture::Point &struck = chart.picture().points().at(3);
    QVERIFY(struck.outlier);
    const QString tip = chart.pointToolTip(3);
    QVERIFY2(tip.contains(u"P-4"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Dishonesty"_s, Qt::CaseInsensitive), qPrintable(tip));
    QVERIFY(!chart.pointToolTip(0).contains(u"pattern"_s));
    QVERIFY(chart.pointToolTip(0).contains(u"2 years"_s));
    QVERIFY(chart.pointToolTip(42).isEmpty());
}

void TestSanctionChart::paintsWithAndWithoutPoints()
{
    SanctionChart chart;
    chart.resize(chart.sizeHint());
    QImage image(chart.size(), QImage::Format_ARGB32);
    chart.render(&image);
    chart.setPicture(SanctionPicture::fromResult(result()), SanctionType::CautionOrder);
    chart.render(&image);
    // The dot of the best precedent is drawn in the highlight colour.
    const QPoint dot = chart.pointPositions().at(0)->toPoint();
    QCOMPARE(QColor(image.pixel(dot)).rgb(), chart.palette().color(QPalette::Highlight).rgb());
}

QTEST_MAIN(TestSanctionChart)
#include "tst_sanctionchart.moc"
