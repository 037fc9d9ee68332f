// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidancechecklist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

ChecklistItem item(const char *consideration, const char *question, QStringList keys)
{
    return {QCoreApplication::translate("casebench", consideration),
            QCoreApplication::translate("casebench", question), std::move(keys)};
}

} // namespace

QList<ChecklistItem> GuidanceChecklist::items()
{
    // Written for Casebench: a summary of what sanctions guidance commonly asks a panel to
    // consider, in plain words. The keys are the default codebook's.
    return {
        item(QT_TRANSLATE_NOOP("casebench", "Insight"),
             QT_TRANSLATE_NOOP(
                 "casebench",
                 "Does the registrant understand what went wrong, why, and its effect on others?"),
             {u"insight"_s, u"lack_of_insight"_s, u"reflective_statement"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Remorse and apology"),
             QT_TRANSLATE_NOOP("casebench",
                               "Has the registrant shown genuine remorse and apologised?"),
             {u"remorse"_s}),
        item(
            QT_TRANSLATE_NOOP("casebench", "Remediation and training"),
            QT_TRANSLATE_NOOP(
                "casebench",
                "What has been done to put the failings right: training, reflection, safe practice since?"),
            {u"remediation"_s, u"training_completed"_s, u"safe_practice_since"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Previous good history"),
             QT_TRANSLATE_NOOP(
                 "casebench",
                 "Is there a long career without concerns, or earlier regulatory findings?"),
             {u"previous_good_history"_s, u"previous_findings"_s}),
        item(
            QT_TRANSLATE_NOOP("casebench", "Testimonials and references"),
            QT_TRANSLATE_NOOP(
                "casebench",
                "What do colleagues and others say about the registrant's practice and character?"),
            {u"testimonials"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Risk of repetition"),
             QT_TRANSLATE_NOOP("casebench", "How likely is the conduct to be repeated?"),
             {u"risk_of_repetition"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Harm or risk of harm"),
             QT_TRANSLATE_NOOP("casebench", "Was anyone harmed, or put at risk of harm?"),
             {u"harm"_s, u"harm_to_service_users"_s, u"risk_of_harm"_s}),
        item(
            QT_TRANSLATE_NOOP("casebench", "Abuse of trust or position"),
            QT_TRANSLATE_NOOP(
                "casebench", "Did the registrant misuse the trust or position the role gave them?"),
            {u"abuse_of_trust"_s, u"boundary_violation"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Dishonesty"),
             QT_TRANSLATE_NOOP("casebench",
                               "Was the conduct dishonest, and how serious was the dishonesty?"),
             {u"dishonesty"_s, u"falsified_records"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Concealment"),
             QT_TRANSLATE_NOOP("casebench",
                               "Was the conduct hidden, or were attempts made to cover it up?"),
             {u"concealment"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Pattern and duration"),
             QT_TRANSLATE_NOOP("casebench",
                               "Was it a single incident or repeated or sustained over time?"),
             {u"repeated_conduct"_s, u"isolated_incident"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Vulnerable service users"),
             QT_TRANSLATE_NOOP("casebench", "Were the people affected particularly vulnerable?"),
             {u"vulnerable_service_users"_s}),
        item(
            QT_TRANSLATE_NOOP("casebench", "Workplace pressures"),
            QT_TRANSLATE_NOOP(
                "casebench", "Did workload, staffing, supervision or the organisation contribute?"),
            {u"working_conditions"_s, u"workload_pressure"_s, u"staffing_shortage"_s,
             u"lack_of_supervision"_s, u"organisational_failings"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Personal circumstances and health"),
             QT_TRANSLATE_NOOP("casebench",
                               "Were there personal or health circumstances at the time?"),
             {u"personal_circumstances"_s, u"health_context"_s}),
        item(QT_TRANSLATE_NOOP("casebench", "Admissions and engagement"),
             QT_TRANSLATE_NOOP(
                 "casebench",
                 "Did the registrant admit the facts early and engage with the process?"),
             {u"early_admission"_s, u"engagement_with_process"_s, u"failure_to_engage"_s}),
        item(
            QT_TRANSLATE_NOOP("casebench", "Public confidence and proportionality"),
            QT_TRANSLATE_NOOP(
                "casebench",
                "Which is the least restrictive order that protects the public and upholds confidence in the profession?"),
            {u"public_confidence"_s, u"proportionality"_s}),
    };
}

} // namespace casebench
