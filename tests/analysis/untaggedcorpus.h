// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small library of imported decisions nobody has tagged: short fictional decisions (written
// for these tests; no real case), some about dishonesty and others about record keeping under
// workload, each with the order it ended with. The default codebook's phrases are found in
// them, so their factors are known only by suggestion.

#include "analysisfixture.h"

namespace casebench::test {

/// The references of the corpus by story.
struct UntaggedCorpus
{
    CaseId dishonestyQuery; ///< untagged, no order yet: a dishonesty case
    CaseId recordsQuery;    ///< untagged, no order yet: a record-keeping case
    QStringList
        dishonesty;      ///< precedents about dishonesty (striking-off, suspension, striking-off)
    QStringList records; ///< records and workload (caution, conditions, caution); the first
                         ///< has the same four factors as the record-keeping case
    QStringList other;   ///< precedents about neither (suspension, conditions)
};

inline CaseSpec importedDecision(const QString &reference, const QString &text,
                                 std::optional<SanctionType> outcome, std::optional<int> months)
{
    CaseSpec spec;
    spec.reference = reference;
    spec.text = text;
    spec.outcome = outcome;
    spec.months = months;
    spec.untagged = true;
    return spec;
}

/// Adds the ten decisions to the fixture's library. Every case has the same regulator,
/// profession and ground, so that context does not tell them apart.
inline UntaggedCorpus addUntaggedCorpus(AnalysisFixture &fx)
{
    UntaggedCorpus c;
    CaseSpec query = importedDecision(
        QStringLiteral("Q-DISHONESTY"),
        QStringLiteral(
            "1. The Registrant, a paramedic, took cash from a patient's purse during a call.\n\n"
            "2. She later made false entries in the station's property log. The Panel was satisfied "
            "that she acted dishonestly.\n\n"
            "3. The Panel found the facts proved."),
        std::nullopt, std::nullopt);
    query.role = CaseRole::Preparation;
    c.dishonestyQuery = fx.add(query);
    CaseSpec records = importedDecision(
        QStringLiteral("Q-RECORDS"),
        QStringLiteral(
            "1. The Registrant failed to record the observations of two patients on a night shift.\n\n"
            "2. The ambulance station was short staffed and he carried a heavy workload.\n\n"
            "3. The Panel found the facts proved."),
        std::nullopt, std::nullopt);
    records.role = CaseRole::Preparation;
    c.recordsQuery = fx.add(records);

    // References interleave the stories, so that a tie broken by reference favours neither.
    c.dishonesty = {QStringLiteral("FTP-02"), QStringLiteral("FTP-04"), QStringLiteral("FTP-06")};
    fx.add(importedDecision(
        c.dishonesty.at(0),
        QStringLiteral(
            "1. The Registrant removed controlled drugs from the vehicle safe and falsified the stock "
            "book to hide the shortfall.\n\n"
            "2. The Panel found that she acted dishonestly and that her conduct was dishonest by the "
            "standards of ordinary decent people.\n\n3. The Panel found the facts proved."),
        SanctionType::StrikingOff, std::nullopt));
    fx.add(importedDecision(
        c.dishonesty.at(1),
        QStringLiteral(
            "1. The Registrant took money from a colleague's locker at the station.\n\n"
            "2. When asked, he gave an account the Panel found to be dishonest, and he made false "
            "entries in the locker key register.\n\n3. The Panel found the facts proved."),
        SanctionType::Suspension, 12));
    fx.add(importedDecision(
        c.dishonesty.at(2),
        QStringLiteral(
            "1. The Registrant claimed payment for shifts she had not worked by making false entries "
            "on her timesheets.\n\n"
            "2. The Panel was satisfied that this was dishonesty of a serious kind.\n\n"
            "3. The Panel found the facts proved."),
        SanctionType::StrikingOff, std::nullopt));

    c.records = {QStringLiteral("FTP-01"), QStringLiteral("FTP-03"), QStringLiteral("FTP-05")};
    fx.add(importedDecision(
        c.records.at(0),
        QStringLiteral(
            "1. The Registrant failed to record a patient's blood glucose reading before handover.\n\n"
            "2. The crew was short staffed that week and carried a heavy workload.\n\n"
            "3. The Panel found the facts proved."),
        SanctionType::CautionOrder, 24));
    fx.add(importedDecision(
        c.records.at(1),
        QStringLiteral(
            "1. The Registrant's record keeping over a month of shifts fell below the standard "
            "expected.\n\n2. The Panel accepted that her workload was heavy and that she worked "
            "without supervision.\n\n3. The Panel found the facts proved."),
        SanctionType::ConditionsOfPractice, 12));
    fx.add(importedDecision(
        c.records.at(2),
        QStringLiteral(
            "1. The Registrant failed to record the drugs he gave to a patient in cardiac arrest.\n\n"
            "2. The service had a staffing shortage at the time.\n\n"
            "3. The Panel found the facts proved."),
        SanctionType::CautionOrder, 12));

    c.other = {QStringLiteral("FTP-07"), QStringLiteral("FTP-08")};
    fx.add(importedDecision(
        c.other.at(0),
        QStringLiteral(
            "1. The Registrant began an inappropriate relationship with a patient he had treated.\n\n"
            "2. He crossed professional boundaries over several weeks.\n\n"
            "3. The Panel found the facts proved."),
        SanctionType::Suspension, 6));
    fx.add(importedDecision(
        c.other.at(1),
        QStringLiteral(
            "1. The Registrant drove an ambulance while unwell, which she did not disclose.\n\n"
            "2. Her ill health has since been treated.\n\n"
            "3. The Panel found the facts proved."),
        SanctionType::ConditionsOfPractice, 18));
    return c;
}

} // namespace casebench::test
