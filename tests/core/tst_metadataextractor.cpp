// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/metadataextractor.h"
#include "import/outlinedetector.h"
#include "import/phrases.h"
#include "import/textdecoder.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(CASEBENCH_IMPORT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TextDecoder::decode(file.readAll(), name).text;
}

QString spanOf(const QString &text, int start, int end)
{
    return text.mid(start, end - start);
}

// A decision of two sections, as a regulator's page would give it.
QString decision(const QString &regulatorLine, const QString &sanctionSentence)
{
    return regulatorLine
           + u"\n\nDecision on Impairment\n\n11. The Panel determined that the Registrant's fitness to "
             u"practise is currently impaired.\n\nDecision on Sanction\n\n12. The Panel considered that "
             u"taking no further action would not protect the public.\n\n13. "_s
           + sanctionSentence + u"\n"_s;
}

} // namespace

class TestMetadataExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void numbers_data();
    void numbers();
    void durations_data();
    void durations();
    void dates_data();
    void dates();
    void hcptsFinalDecision();
    void nmcFinalDecision();
    void nmcFinalDecisionFromItsReasonsAlone();
    void nmcInterimOrderDecision();
    void sweReviewExtendingASuspension();
    void sweReviewFromItsReasonsAlone();
    void sanctionWording_data();
    void sanctionWording();
    void registrantLayouts_data();
    void registrantLayouts();
    void caseTitle_data();
    void caseTitle();
    void notImpairedAndNoFurtherAction();
    void reviewOutcomes_data();
    void reviewOutcomes();
    void hcptsInterimOrderPage();
    void nothingToSuggest();
};

void TestMetadataExtractor::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestMetadataExtractor::numbers_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("value"); // -1: not a number
    QTest::newRow("digits") << u"12"_s << 12;
    QTest::newRow("three") << u"three"_s << 3;
    QTest::newRow("Eighteen") << u"Eighteen"_s << 18;
    QTest::newRow("twenty-four") << u"twenty-four"_s << 24;
    QTest::newRow("thirty six") << u"thirty six"_s << 36;
    QTest::newRow("a") << u"a"_s << 1;
    QTest::newRow("an") << u"an"_s << 1;
    QTest::newRow("word") << u"several"_s << -1;
    QTest::newRow("twenty-ten") << u"twenty-ten"_s << -1;
}

void TestMetadataExtractor::numbers()
{
    QFETCH(QString, word);
    QFETCH(int, value);
    QCOMPARE(phrases::parseNumber(word).value_or(-1), value);
}

void TestMetadataExtractor::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("months"); // of the first duration, -1 for none
    QTest::newRow("three years") << u"a Caution Order for three years"_s << 36;
    QTest::newRow("12 months") << u"suspended for 12 months"_s << 12;
    QTest::newRow("eighteen months")
        << u"a conditions of practice order for eighteen months"_s << 18;
    QTest::newRow("12-month") << u"a 12-month suspension order"_s << 12;
    QTest::newRow("9-month") << u"9-month suspension order with review"_s << 9;
    QTest::newRow("(18 months)") << u"Interim suspension order (18 months)"_s << 18;
    QTest::newRow("a year") << u"for a year"_s << 12;
    QTest::newRow("years and months") << u"for two years and six months"_s << 30;
    QTest::newRow("wrapped") << u"for a period of 18\nmonths"_s << 18;
    QTest::newRow("days are not periods") << u"the 28-day appeal period"_s << -1;
    QTest::newRow("none") << u"a striking-off order"_s << -1;
}

void TestMetadataExtractor::durations()
{
    QFETCH(QString, text);
    QFETCH(int, months);
    const auto found = phrases::findDurations(text);
    QCOMPARE(found.isEmpty() ? -1 : found.first().months, months);
    if (!found.isEmpty()) {
        const QString span = text.mid(found.first().start, found.first().length);
        QVERIFY2(span.contains(u"month"_s) || span.contains(u"year"_s), qPrintable(span));
    }
}

void TestMetadataExtractor::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day month year")
        << u"Date: 3 July 2026"_s << QDate(2026, 7, 3) << QDate(2026, 7, 3);
    QTest::newRow("weekday") << u"Wednesday, 1 July 2026"_s << QDate(2026, 7, 1)
                             << QDate(2026, 7, 1);
    QTest::newRow("capitals") << u"22 JUNE 2026"_s << QDate(2026, 6, 22) << QDate(2026, 6, 22);
    QTest::newRow("ordinal") << u"on the 15th February 2025"_s << QDate(2025, 2, 15)
                             << QDate(2025, 2, 15);
    QTest::newRow("month first") << u"July 1, 2026"_s << QDate(2026, 7, 1) << QDate(2026, 7, 1);
    QTest::newRow("same month range")
        << u"1 – 2 July 2026"_s << QDate(2026, 7, 1) << QDate(2026, 7, 2);
    QTest::newRow("two dates") << u"16 June 2025 to 02 July 2025"_s << QDate(2025, 6, 16)
                               << QDate(2025, 7, 2);
    QTest::newRow("two months") << u"30 June - 2 July 2026"_s << QDate(2026, 6, 30)
                                << QDate(2026, 7, 2);
    QTest::newRow("across new year")
        << u"30 December – 2 January 2026"_s << QDate(2025, 12, 30) << QDate(2026, 1, 2);
    QTest::newRow("weekdays") << u"Monday, 16 March 2026 – Thursday, 19 March 2026"_s
                              << QDate(2026, 3, 16) << QDate(2026, 3, 19);
    QTest::newRow("numeric") << u"14/04/2026"_s << QDate(2026, 4, 14) << QDate(2026, 4, 14);
    QTest::newRow("iso") << u"2026-04-14"_s << QDate(2026, 4, 14) << QDate(2026, 4, 14);
    QTest::newRow("invalid") << u"31 February 2026"_s << QDate() << QDate();
}

void TestMetadataExtractor::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto found = phrases::findDates(text);
    QCOMPARE(found.isEmpty() ? QDate() : found.first().first, first);
    QCOMPARE(found.isEmpty() ? QDate() : found.first().last, last);
}

void TestMetadataExtractor::hcptsFinalDecision()
{
    const QString text = fixture(u"hcpts-final.txt"_s);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.regulator->value, Regulator::Hcpc);
    QCOMPARE(spanOf(text, m.regulator->start, m.regulator->end),
             u"Health and Care Professions Tribunal Service"_s);
    QCOMPARE(m.profession->value, u"Physiotherapist"_s);
    QVERIFY(!m.reference); // a registration number names the person, not the case
    QCOMPARE(m.registrationNumber->value, u"PH012345"_s);
    QCOMPARE(m.hearingType->value, HearingType::Final);
    QCOMPARE(m.facts->value, FactsFinding::PartlyProved);
    QCOMPARE(m.grounds.size(), 1);
    QCOMPARE(m.grounds.first().value, StatutoryGround::Misconduct);
    QCOMPARE(m.impairment->value, ImpairmentFinding::Impaired);
    QVERIFY(m.sanction);
    QCOMPARE(m.sanction->type, SanctionType::CautionOrder);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(36));
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Imposed);
    QVERIFY(spanOf(text, m.sanction->start, m.sanction->end)
                .startsWith(u"ORDER: The Registrar is directed"_s));
    QVERIFY(!m.interimOrder);
    QVERIFY(!m.hearingDate);
}

void TestMetadataExtractor::nmcFinalDecision()
{
    const QString text = fixture(u"nmc-final.txt"_s);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.regulator->value, Regulator::Nmc);
    QCOMPARE(m.profession->value, u"Nurse"_s);
    QVERIFY(!m.reference); // a registration number names the person, not the case
    QCOMPARE(m.registrationNumber->value, u"01A2345B"_s);
    QCOMPARE(m.hearingType->value, HearingType::Final);
    QCOMPARE(m.hearingDate->value, QDate(2026, 3, 9));
    QCOMPARE(m.decisionDate->value, QDate(2026, 3, 11));
    QCOMPARE(spanOf(text, m.hearingDate->start, m.hearingDate->end), u"9 – 11 March 2026"_s);
    QCOMPARE(m.facts->value, FactsFinding::PartlyProved);
    QCOMPARE(m.grounds.first().value, StatutoryGround::Misconduct);
    QCOMPARE(m.impairment->value, ImpairmentFinding::Impaired);
    QCOMPARE(m.sanction->type, SanctionType::ConditionsOfPractice);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(18));
    QCOMPARE(spanOf(text, m.sanction->start, m.sanction->end),
             u"Conditions of practice order (18 months)"_s);
    QVERIFY(m.interimOrder);
    QCOMPARE(m.interimOrder->type, SanctionType::InterimConditions);
    QCOMPARE(m.interimOrder->durationMonths, std::optional<int>(18));
}

void TestMetadataExtractor::nmcFinalDecisionFromItsReasonsAlone()
{
    // Without the title block's fields the suggestions come from the reasons themselves.
    const QString text = fixture(u"nmc-final.txt"_s);
    const Outline full = OutlineDetector::detect(text);
    const MetadataSuggestions m = MetadataExtractor::extract(text, Outline(full.paragraphs(), {}));
    QCOMPARE(m.facts->value, FactsFinding::PartlyProved);
    QCOMPARE(m.impairment->value, ImpairmentFinding::Impaired);
    QCOMPARE(m.sanction->type, SanctionType::ConditionsOfPractice);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(18));
    QVERIFY(spanOf(text, m.sanction->start, m.sanction->end)
                .startsWith(u"The panel has considered this case"_s));
    QCOMPARE(full.citationAt(m.sanction->start).stage, DecisionStage::Sanction);
    QCOMPARE(m.interimOrder->type, SanctionType::InterimConditions);
    QCOMPARE(m.interimOrder->durationMonths, std::optional<int>(18));
    QCOMPARE(full.citationAt(m.interimOrder->start).stage, DecisionStage::InterimOrder);
}

void TestMetadataExtractor::nmcInterimOrderDecision()
{
    const QString text = fixture(u"nmc-interim.txt"_s);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.regulator->value, Regulator::Nmc);
    QCOMPARE(m.profession->value, u"Midwife"_s);
    QCOMPARE(m.hearingType->value, HearingType::InterimOrder);
    QCOMPARE(m.hearingDate->value, QDate(2026, 3, 3)); // not the registration date in the field
    QCOMPARE(m.sanction->type, SanctionType::InterimSuspension);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(12));
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Imposed);
    QVERIFY(!m.sanction->previousType);
    QVERIFY(!m.interimOrder);
    QVERIFY(!m.facts);
    QVERIFY(!m.impairment);
}

void TestMetadataExtractor::sweReviewExtendingASuspension()
{
    const QString text = fixture(u"swe-review.txt"_s);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.regulator->value, Regulator::SocialWorkEngland);
    QCOMPARE(m.profession->value, u"Social worker"_s);
    QVERIFY(!m.reference); // a registration number names the person, not the case
    QCOMPARE(m.registrationNumber->value, u"SW99999"_s);
    QCOMPARE(m.hearingType->value, HearingType::Review);
    QCOMPARE(m.hearingDate->value, QDate(2026, 5, 12));
    QCOMPARE(m.impairment->value, ImpairmentFinding::Impaired);
    QCOMPARE(m.grounds.first().value, StatutoryGround::Misconduct);
    QVERIFY(!m.facts); // a review recites the facts; it does not find them
    QCOMPARE(m.sanction->type, SanctionType::Suspension);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(6));
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Extended);
    QCOMPARE(m.sanction->previousType, std::optional<SanctionType>(SanctionType::Suspension));
}

void TestMetadataExtractor::sweReviewFromItsReasonsAlone()
{
    const QString text = fixture(u"swe-review.txt"_s);
    const Outline full = OutlineDetector::detect(text);
    const MetadataSuggestions m = MetadataExtractor::extract(text, Outline(full.paragraphs(), {}));
    QCOMPARE(m.sanction->type, SanctionType::Suspension);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(6));
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Extended);
    QCOMPARE(full.citationAt(m.sanction->start).toString(), u"¶ 9, Decision on sanction"_s);
}

void TestMetadataExtractor::sanctionWording_data()
{
    QTest::addColumn<QString>("regulator");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("months"); // -1: none

    const QString hcpts = u"Health and Care Professions Tribunal Service"_s;
    const QString nmc = u"Nursing and Midwifery Council"_s;
    const QString swe = u"Social Work England"_s;
    const QString gdc = u"General Dental Council"_s;
    const QString gosc = u"General Osteopathic Council"_s;
    const auto row = [](const char *name, const QString &reg, const char16_t *sentence,
                        const char16_t *type, int months) {
        QTest::newRow(name) << reg << QString::fromUtf16(sentence) << QString::fromUtf16(type)
                            << months;
    };
    row("caution three years", hcpts,
        u"The Panel decided that a Caution Order for three years is the appropriate and proportionate sanction.",
        u"caution_order", 36);
    row("caution years and months", nmc,
        u"The panel decided to impose a caution order for a period of two years and six months.",
        u"caution_order", 30);
    row("suspended for 12 months", hcpts,
        u"Accordingly, the Registrant will be suspended for 12 months.", u"suspension", 12);
    row("12-month suspension", nmc,
        u"The panel decided to impose a 12-month suspension order with a review.", u"suspension",
        12);
    row("suspension eighteen months", swe,
        u"The panel decided to impose a suspension order for eighteen months.", u"suspension", 18);
    row("conditions 18 months", nmc,
        u"The panel decided to impose a conditions of practice order for 18 months.",
        u"conditions_of_practice", 18);
    row("conditions wrapped", hcpts,
        u"The Panel has decided to make a Conditions of Practice Order\nfor a period of 18 months.",
        u"conditions_of_practice", 18);
    row("struck off", nmc, u"The panel determined that the registrant should be struck off.",
        u"striking_off", -1);
    row("striking-off order", hcpts, u"The Panel therefore made a Striking-off Order.",
        u"striking_off", -1);
    row("removal order", swe, u"The panel decided to impose a removal order.", u"striking_off", -1);
    row("erasure", gdc,
        u"The Committee directed that the registrant's name be erased from the register.",
        u"striking_off", -1);
    row("agreed removal", nmc, u"The panel approved the application for agreed removal.",
        u"voluntary_removal", -1);
    row("no further action", hcpts, u"The Panel therefore decided to take no further action.",
        u"no_further_action", -1);
    row("warning", swe, u"The panel decided to issue a warning for 3 years.", u"warning", 36);
    row("admonishment", gosc, u"The Committee ordered that the registrant be admonished.",
        u"warning", -1);
    row("rejected option only", nmc,
        u"The panel considered that a suspension order would not be sufficient.", u"", -1);
}

void TestMetadataExtractor::sanctionWording()
{
    QFETCH(QString, regulator);
    QFETCH(QString, sentence);
    QFETCH(QString, type);
    QFETCH(int, months);
    const QString text = decision(regulator, sentence);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.sanction ? enumIdentifier(m.sanction->type) : QString(), type);
    if (!m.sanction)
        return;
    QCOMPARE(m.sanction->durationMonths.value_or(-1), months);
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Imposed);
    QCOMPARE(spanOf(text, m.sanction->start, m.sanction->end), sentence);
}

void TestMetadataExtractor::notImpairedAndNoFurtherAction()
{
    const QString text
        = u"Health and Care Professions Tribunal Service\n\nAllegation:\n1. You did not keep records.\n\n"
          u"Decision on Facts\n\n2. The Panel found the particular proved.\n\nDecision on Impairment\n\n"
          u"3. The Panel was asked whether the Registrant's fitness to practise is impaired.\n\n"
          u"4. The Panel determined that the Registrant's fitness to practise is not currently impaired.\n\n"
          u"Decision on Sanction\n\n5. As fitness to practise is not impaired, the Panel decided to take no further action.\n"_s;
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.impairment->value, ImpairmentFinding::NotImpaired);
    QVERIFY(
        spanOf(text, m.impairment->start, m.impairment->end).contains(u"not currently impaired"_s));
    QCOMPARE(m.facts->value, FactsFinding::Proved);
    QCOMPARE(m.hearingType->value, HearingType::Final);
    QCOMPARE(m.sanction->type, SanctionType::NoFurtherAction);
    QVERIFY(!m.sanction->durationMonths);
}

void TestMetadataExtractor::reviewOutcomes_data()
{
    QTest::addColumn<QString>("reviewed");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("months");

    QTest::newRow("replaced")
        << u"Suspension order"_s
        << u"The panel decided to replace the suspension order with a removal order."_s
        << u"striking_off"_s << u"replaced"_s << -1;
    QTest::newRow("revoked")
        << u"Conditions of practice order"_s
        << u"The panel decided to revoke the conditions of practice order with immediate effect."_s
        << u"conditions_of_practice"_s << u"revoked"_s << -1;
    QTest::newRow("confirmed") << u"Suspension order"_s
                               << u"The panel decided to confirm the suspension order."_s
                               << u"suspension"_s << u"confirmed"_s << -1;
    QTest::newRow("varied")
        << u"Conditions of practice order"_s
        << u"The panel decided to vary the conditions of practice order by removing condition 4."_s
        << u"conditions_of_practice"_s << u"varied"_s << -1;
    QTest::newRow("extended") << u"Suspension order"_s
                              << u"The panel decided to extend the suspension order by 12 months."_s
                              << u"suspension"_s << u"extended"_s << 12;
    QTest::newRow("new order of another kind")
        << u"Suspension order"_s
        << u"The panel decided to impose a conditions of practice order for 12 months."_s
        << u"conditions_of_practice"_s << u"replaced"_s << 12;
}

void TestMetadataExtractor::reviewOutcomes()
{
    QFETCH(QString, reviewed);
    QFETCH(QString, sentence);
    QFETCH(QString, type);
    QFETCH(QString, outcome);
    QFETCH(int, months);
    const QString text
        = u"Social Work England\nFinal Order Review Meeting\nFinal order being reviewed:\n"_s
          + reviewed
          + u" (expiring 1 June 2026)\n\nReview of the current order:\n1. The previous panel imposed the order on 1 June 2025.\n\n"
            u"Decision and reasons on sanction:\n2. "_s
          + sentence + u'\n';
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QCOMPARE(m.hearingType->value, HearingType::Review);
    QVERIFY(m.sanction);
    QCOMPARE(enumIdentifier(m.sanction->type), type);
    QCOMPARE(enumIdentifier(m.sanction->outcome), outcome);
    QCOMPARE(m.sanction->durationMonths.value_or(-1), months);
    QCOMPARE(m.sanction->previousType, sanctionladder::fromWording(reviewed));
}

void TestMetadataExtractor::hcptsInterimOrderPage()
{
    const QString order
        = u"Order:\nORDER: The Registrar is directed to suspend the registration of Ms Pat Invented on an "
          u"interim basis for a period of 18 months.\n\nNotes:\nThis order will be reviewed by the Committee "
          u"no later than 1 December 2026.\n\nRight to Apply to the Court\nUnder Article 31(12) of the "
          u"Health Professions Order 2001, you may apply to the appropriate court to terminate the order.\n"_s;
    MetadataSuggestions m = MetadataExtractor::extract(order);
    QCOMPARE(m.regulator->value, Regulator::Hcpc);
    QCOMPARE(m.hearingType->value, HearingType::InterimOrder);
    QCOMPARE(m.sanction->type, SanctionType::InterimSuspension);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(18));
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Imposed);

    const QString review
        = u"Order:\nThe Interim Conditions of Practice Order made on 2 February 2026 is confirmed. The conditions "
          u"are as follows:\n\n1. You must work under supervision.\n\nNotes:\nThis Order will be reviewed again.\n"_s;
    m = MetadataExtractor::extract(review);
    QCOMPARE(m.hearingType->value, HearingType::InterimOrder);
    QCOMPARE(m.sanction->type, SanctionType::InterimConditions);
    QCOMPARE(m.sanction->outcome, ReviewOutcome::Confirmed);
    QVERIFY(!m.sanction->durationMonths);
}

void TestMetadataExtractor::nothingToSuggest()
{
    const MetadataSuggestions m = MetadataExtractor::extract(
        u"Notes:\nThis hearing has adjourned, with no evidence heard.\n"_s);
    QVERIFY(!m.regulator);
    QVERIFY(!m.sanction);
    QVERIFY(!m.interimOrder);
    QVERIFY(!m.impairment);
    QVERIFY(!m.facts);
    QVERIFY(m.grounds.isEmpty());
    QVERIFY(!MetadataExtractor::extract(QString()).sanction);
}

void TestMetadataExtractor::registrantLayouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registrant");
    QTest::addColumn<QString>("registrationNumber");
    QTest::addColumn<QString>("reference");
    const QString none = u"-"_s;
    QTest::newRow("surname first")
        << u"General Dental Council\nReview Hearing\nName:\nFERNLEY-ASH, Oriel Mae\nRegistration number:\n123987\nCase number:\nCAS-400100\nRegistrant:\nPresent\n"_s
        << u"Oriel Mae Fernley-Ash"_s << u"123987"_s << u"CAS-400100"_s;
    QTest::newRow("present is no name")
        << u"General Dental Council\nRegistrant:\nNot present\nRegistration number:\n123988\n"_s
        << none << u"123988"_s << none;
    QTest::newRow("name and pin on one line")
        << u"Nursing and Midwifery Council\nSubstantive Hearing\nName: Mr Idris Pollexfen   PIN: 02C3344E\n\nType of case: Misconduct\n"_s
        << u"Mr Idris Pollexfen"_s << u"02C3344E"_s << none;
    QTest::newRow("name labels pin")
        << u"Nursing and Midwifery Council\nInterim Order Hearing\n\nIdris Pollexfen: 02C3344E\n\nPart(s) of the register:\nRegistered Nurse\n"_s
        << u"Idris Pollexfen"_s << u"02C3344E"_s << none;
    QTest::newRow("in the matter of")
        << u"Social Work England\nIn the matter of Saffron Q Letherby\nRegistration number: SW55501\n\nFinal hearing\n"_s
        << u"Saffron Q Letherby"_s << u"SW55501"_s << none;
    QTest::newRow("versus")
        << u"Saffron Letherby v Social Work England\n\nDecision of the adjudicators\n"_s
        << u"Saffron Letherby"_s << none << none;
    QTest::newRow("goc heading")
        << u"BEFORE THE FITNESS TO PRACTISE COMMITTEE\nOF THE GENERAL OPTICAL COUNCIL\nGENERAL OPTICAL COUNCIL\nF(26)04\nAND\nTOBIAS O'RAHILLY (01-55123)\n"_s
        << u"Tobias O'Rahilly"_s << u"01-55123"_s << u"F(26)04"_s;
    QTest::newRow("panel member is no registrant")
        << u"General Pharmaceutical Council\nFitness to Practise Committee – Wendell Ossory (Chair)\nCommittee Members:\nWendell Ossory (Chair)\n"_s
        << none << none << none;
    QTest::newRow("hcpts order")
        << u"Order:\nORDER: The Registrar is directed to suspend the registration of Kit Vellacott on an interim basis for a period of 12 months.\n"_s
        << u"Kit Vellacott"_s << none << none;
    QTest::newRow("case number holding the registration number")
        << u"Case: 4410/7702\n\nGENERAL OSTEOPATHIC COUNCIL\n\nIn the case of:\n\nMABEL STROUD\n\nRegistration Number: 7702\n"_s
        << u"Mabel Stroud"_s << u"7702"_s << none;
}

void TestMetadataExtractor::registrantLayouts()
{
    QFETCH(QString, text);
    QFETCH(QString, registrant);
    QFETCH(QString, registrationNumber);
    QFETCH(QString, reference);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    const auto value = [](const std::optional<Suggestion<QString>> &s) {
        return s ? s->value : u"-"_s;
    };
    QCOMPARE(value(m.registrant), registrant);
    QCOMPARE(value(m.registrationNumber), registrationNumber);
    QCOMPARE(value(m.reference), reference);
}

void TestMetadataExtractor::caseTitle_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("title");
    QTest::newRow("hcpts") << u"hcpts-final.txt"_s
                           << u"Physiotherapist: %1 — caution order, 36 months"_s;
    QTest::newRow("nmc final, not its interim order")
        << u"nmc-final.txt"_s << u"Nurse: %1 — conditions of practice, 18 months"_s;
    QTest::newRow("swe review") << u"swe-review.txt"_s
                                << u"Social worker: %1 — suspension extended by 6 months"_s;
}

void TestMetadataExtractor::caseTitle()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, title);
    const QString text = fixture(fixtureName);
    const MetadataSuggestions m = MetadataExtractor::extract(text);
    QVERIFY(m.title);
    // The gist is the classifier's; the frame around it is fixed.
    const QString gist = m.title->value.section(u": "_s, 1).section(u" — "_s, 0, 0);
    QVERIFY(!gist.isEmpty());
    QCOMPARE(m.title->value, title.arg(gist));
    QVERIFY(m.title->start >= 0 && m.title->start < m.title->end && m.title->end <= text.size());
}

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
