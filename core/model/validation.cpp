// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::validation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::validation)
};

ValidationIssue error(const QString &field, const QString &message)
{
    return {field, ValidationIssue::Severity::Error, message};
}

ValidationIssue warning(const QString &field, const QString &message)
{
    return {field, ValidationIssue::Severity::Warning, message};
}

/// The order's name for use inside a sentence: "suspension order", "removal order".
QString orderName(SanctionType type, Regulator regulator)
{
    QString name = sanctionladder::regulatorTerm(type, regulator);
    if (name.size() > 1 && name.at(1).isLower())
        name[0] = name.at(0).toLower();
    return name;
}

/// "A caution order under the HCPC", "A removal order from Social Work England".
QString orderUnder(SanctionType type, Regulator regulator)
{
    const QString name = orderName(type, regulator);
    const QChar first = name.isEmpty() ? QChar() : name.at(0).toLower();
    const QString article = QStringLiteral("aeiou").contains(first) ? Tr::tr("An") : Tr::tr("A");
    if (regulator == Regulator::Other)
        return article + u' ' + name;
    const QString reg = enumLabel(regulator);
    const QString the = regulator == Regulator::SocialWorkEngland ? QString() : Tr::tr("the ");
    return Tr::tr("%1 %2 under %3%4").arg(article, name, the, reg);
}

QString months(int n)
{
    return n == 1 ? Tr::tr("1 month") : Tr::tr("%1 months").arg(n);
}

QString date(const QDate &d)
{
    return QLocale::c().toString(d, u"d MMMM yyyy"_s);
}

void checkDuration(const Sanction &s, Regulator regulator, ValidationIssues &issues)
{
    const QString field = u"duration_months"_s;
    const auto rule = sanctionladder::durationRule(s.type, regulator);
    const bool needsDuration = s.outcome == ReviewOutcome::Imposed
                               || s.outcome == ReviewOutcome::Extended
                               || s.outcome == ReviewOutcome::Replaced;

    if (s.outcome == ReviewOutcome::Revoked) {
        if (s.durationMonths)
            issues.append(error(
                field,
                Tr::tr("A revocation ends the order, so it has no duration; clear the duration.")));
        return;
    }
    if (!s.durationMonths) {
        // An order known only from a later decision (no date of its own) may have no stated
        // length: the review that mentions it often does not say.
        if (!s.decidedOn.isValid() && s.outcome == ReviewOutcome::Imposed) {
            if (rule.durationAllowed && rule.durationRequired)
                issues.append(warning(field, Tr::tr("The length of this order is not stated.")));
            return;
        }
        if (rule.durationAllowed && rule.durationRequired && needsDuration)
            issues.append(error(field, Tr::tr("%1 runs for %2; give its duration in months.")
                                           .arg(orderUnder(s.type, regulator), rule.description)));
        return;
    }
    const int m = *s.durationMonths;
    if (!rule.durationAllowed) {
        issues.append(error(field, Tr::tr("%1 has no duration; clear the %2 given.")
                                       .arg(orderUnder(s.type, regulator), months(m))));
        return;
    }
    if (m < 1) {
        issues.append(
            error(field, Tr::tr("A duration must be at least 1 month; %1 was given.").arg(m)));
        return;
    }
    if (!rule.allowedMonths.isEmpty() && !rule.allowedMonths.contains(m)) {
        QStringList allowed;
        for (int v : rule.allowedMonths)
            allowed.append(QString::number(v));
        issues.append(error(field, Tr::tr("%1 runs for %2 (%3 months), not %4.")
                                       .arg(orderUnder(s.type, regulator), rule.description,
                                            allowed.join(u", "_s), months(m))));
        return;
    }
    const bool interim = sanctionladder::isInterim(s.type);
    if (m > rule.maxMonths) {
        const QString message = Tr::tr("%1 can last %2 (%3 at most); %4 is too long.")
                                    .arg(orderUnder(s.type, regulator), rule.description,
                                         months(rule.maxMonths), months(m));
        // Interim orders can be extended by a court beyond what a panel may order.
        issues.append(interim ? warning(field, message) : error(field, message));
    } else if (m < rule.minMonths) {
        issues.append(error(field, Tr::tr("%1 runs %2 (%3 at least); %4 is too short.")
                                       .arg(orderUnder(s.type, regulator), rule.description,
                                            months(rule.minMonths), months(m))));
    }
}

void checkConditionsAndReview(const Sanction &s, Regulator regulator, ValidationIssues &issues)
{
    const bool conditionsOrder = s.type == SanctionType::ConditionsOfPractice
                                 || s.type == SanctionType::InterimConditions;
    if (!s.conditions.trimmed().isEmpty() && !conditionsOrder) {
        issues.append(
            error(u"conditions"_s,
                  Tr::tr("Conditions belong to a conditions of practice order; this entry is %1.")
                      .arg(orderUnder(s.type, regulator).toLower())));
    } else if (conditionsOrder && s.outcome != ReviewOutcome::Revoked
               && s.conditions.trimmed().isEmpty()) {
        issues.append(warning(u"conditions"_s,
                              Tr::tr("The conditions of this order have not been recorded.")));
    }
    if (s.reviewHearing && !sanctionladder::isTimeLimited(s.type, regulator)) {
        issues.append(error(u"review_hearing"_s,
                            Tr::tr("%1 is not reviewed at a hearing; untick the review hearing.")
                                .arg(orderUnder(s.type, regulator))));
    }
}

void checkDates(const Sanction &s, ValidationIssues &issues)
{
    if (s.startDate.isValid() && s.decidedOn.isValid() && s.startDate < s.decidedOn) {
        issues.append(
            error(u"start_date"_s, Tr::tr("The order cannot start (%1) before it was decided (%2).")
                                       .arg(date(s.startDate), date(s.decidedOn))));
    }
}

ValidationIssues prefixed(const ValidationIssues &issues, int sequence)
{
    ValidationIssues out;
    for (ValidationIssue issue : issues) {
        issue.field = QString::number(sequence) + u'.' + issue.field;
        out.append(issue);
    }
    return out;
}

} // namespace

ValidationIssues validateCase(const Case &c)
{
    ValidationIssues issues;
    const QString ref = c.reference;
    if (ref.trimmed().isEmpty()) {
        issues.append(error(
            u"reference"_s,
            Tr::tr(
                "The reference is empty; every case needs one, such as the regulator's case number.")));
    } else if (ref != ref.trimmed()) {
        issues.append(error(u"reference"_s,
                            Tr::tr("The reference “%1” begins or ends with a space.").arg(ref)));
    } else if (ref.size() > 64) {
        issues.append(error(u"reference"_s,
                            Tr::tr("The reference is %1 characters long; 64 at most are allowed.")
                                .arg(ref.size())));
    } else if (std::any_of(ref.cbegin(), ref.cend(),
                           [](QChar ch) { return ch.category() == QChar::Other_Control; })) {
        issues.append(error(u"reference"_s, Tr::tr("The reference contains a control character.")));
    }
    if (c.title.trimmed().isEmpty())
        issues.append(warning(u"title"_s, Tr::tr("The case has no title.")));
    if (c.hearingDate.isValid() && c.decisionDate.isValid() && c.decisionDate < c.hearingDate) {
        issues.append(error(u"decision_date"_s,
                            Tr::tr("The decision date (%1) is before the hearing date (%2).")
                                .arg(date(c.decisionDate), date(c.hearingDate))));
    }
    if (c.role == CaseRole::Precedent && c.decisionDate.isValid()
        && c.decisionDate > QDate::currentDate()) {
        issues.append(
            warning(u"decision_date"_s, Tr::tr("A precedent's decision date (%1) is in the future.")
                                            .arg(date(c.decisionDate))));
    }
    if (c.factsFinding == FactsFinding::NotProved && c.impairment == ImpairmentFinding::Impaired) {
        issues.append(
            error(u"impairment"_s,
                  Tr::tr("Impairment cannot be found when none of the facts is proved.")));
    }
    QList<StatutoryGround> seen;
    for (StatutoryGround g : c.grounds) {
        if (seen.contains(g)) {
            issues.append(
                error(u"grounds"_s, Tr::tr("The ground “%1” is listed twice.").arg(enumLabel(g))));
            break;
        }
        seen.append(g);
    }
    return issues;
}

ValidationIssues validateSanction(const Sanction &s, Regulator regulator)
{
    ValidationIssues issues;
    if (!sanctionladder::isAvailable(s.type, regulator)) {
        issues.append(
            warning(u"type"_s,
                    Tr::tr("%1 panels do not usually make a %2; check the order or the regulator.")
                        .arg(enumLabel(regulator), orderName(s.type, regulator))));
    }
    checkDuration(s, regulator, issues);
    checkConditionsAndReview(s, regulator, issues);
    checkDates(s, issues);
    return issues;
}

ValidationIssues validateHistory(const QList<Sanction> &history, Regulator regulator)
{
    ValidationIssues issues;
    const SanctionHistory sorted(history);
    const QList<Sanction> &entries = sorted.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Sanction &s = entries.at(i);
        // Interim and final orders are two chains: a review of one leaves the other alone.
        const bool interim = sanctionladder::isInterim(s.type);
        std::optional<Sanction> standingOrder = sorted.standingBefore(i, interim);
        if (!standingOrder && s.outcome == ReviewOutcome::Replaced)
            standingOrder = sorted.standingBefore(i, !interim); // an interim order made final
        const Sanction *standing = standingOrder ? &*standingOrder : nullptr;
        const int seq = s.sequence;
        issues.append(prefixed(validateSanction(s, regulator), seq));
        const QString at = QString::number(seq) + u'.';
        if (i > 0 && entries.at(i - 1).sequence == seq)
            issues.append(error(at + u"sequence"_s,
                                Tr::tr("Two entries share position %1 in the history.").arg(seq)));
        if (i > 0 && s.decidedOn.isValid() && entries.at(i - 1).decidedOn.isValid()
            && s.decidedOn < entries.at(i - 1).decidedOn) {
            issues.append(
                error(at + u"decided_on"_s,
                      Tr::tr("This decision (%1) is dated before the one it follows (%2).")
                          .arg(date(s.decidedOn), date(entries.at(i - 1).decidedOn))));
        }
        const QString outcome = enumLabel(s.outcome).toLower();
        switch (s.outcome) {
        case ReviewOutcome::Imposed:
            break;
        case ReviewOutcome::Confirmed:
        case ReviewOutcome::Extended:
        case ReviewOutcome::Varied:
        case ReviewOutcome::Revoked:
            if (!standing) {
                issues.append(error(
                    at + u"outcome"_s,
                    i == 0
                        ? Tr::tr(
                              "The first entry of a history must impose an order; there is nothing to be %1 yet.")
                              .arg(outcome)
                        : Tr::tr("There is no order in force to be %1.").arg(outcome)));
            } else if (s.type != standing->type) {
                issues.append(error(
                    at + u"type"_s,
                    Tr::tr(
                        "A %1 order keeps its kind (%2); record a change of kind as “replaced by another order”.")
                        .arg(outcome, orderName(standing->type, regulator))));
            }
            break;
        case ReviewOutcome::Replaced:
            if (!standing)
                issues.append(
                    error(at + u"outcome"_s, Tr::tr("There is no order in force to be replaced.")));
            else if (s.type == standing->type)
                issues.append(error(
                    at + u"type"_s,
                    Tr::tr(
                        "A replacement must be an order of another kind; to keep the %1, record it as confirmed, extended or varied.")
                        .arg(orderName(s.type, regulator))));
            break;
        }
    }
    return issues;
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.severity == ValidationIssue::Severity::Error;
    });
}

ValidationIssues forField(const ValidationIssues &issues, const QString &field)
{
    ValidationIssues out;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(out),
                 [&field](const ValidationIssue &i) { return i.field == field; });
    return out;
}

} // namespace casebench::validation
