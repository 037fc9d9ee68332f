// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two fictional decisions of one fictional regulator written from one template (the legal test,
// the guidance, the order and the appeal paragraphs are the same words), for the duplicate
// tests: the same decision in several renderings must be found, the two siblings must not be
// taken for each other. The tribunal, the registrants and the events are invented.

#include <QString>
#include <QStringList>

namespace casebench::test {

/// One paragraph of a template decision: a heading, or a numbered paragraph ("12" and text).
struct TemplateParagraph
{
    QString number; ///< empty for a heading
    QString text;
};

/// The fictional decision `which` (0 or 1), in paragraphs.
inline QList<TemplateParagraph> templateDecision(int which)
{
    const bool first = which == 0;
    const QString name = first ? QStringLiteral("Robin Quillfeather")
                               : QStringLiteral("Morgan Ashdown-Pike");
    const QString surname = first ? QStringLiteral("Quillfeather") : QStringLiteral("Ashdown-Pike");
    const QString number = first ? QStringLiteral("AH40217") : QStringLiteral("AH55981");
    const QString reference = first ? QStringLiteral("NAHT-2027-0113")
                                    : QStringLiteral("NAHT-2027-0148");
    const QString profession = first ? QStringLiteral("Occupational Therapist")
                                     : QStringLiteral("Dietitian");
    QList<TemplateParagraph> p;
    const auto heading = [&p](const QString &text) { p.append({QString(), text}); };
    int n = 0;
    const auto para = [&p, &n](const QString &text) { p.append({QString::number(++n), text}); };

    heading(QStringLiteral("Northshire Allied Health Tribunal"));
    heading(QStringLiteral("Fitness to Practise Panel: final hearing %1").arg(reference));
    heading(
        QStringLiteral("Registrant: %1, %2, registration number %3").arg(name, profession, number));
    heading(QStringLiteral("Allegation"));
    if (first) {
        para(QStringLiteral("Between March and September 2026, while employed at the fictional "
                            "Harrowgate Community Rehabilitation Service, %1 failed to complete "
                            "home safety assessments for four service users before recommending "
                            "their discharge, and wrote assessment notes for visits that had not "
                            "taken place.")
                 .arg(name));
        para(QStringLiteral("The conduct described in the first particular was dishonest, in that "
                            "%1 knew the visits had not happened when the notes were written.")
                 .arg(surname));
    } else {
        para(QStringLiteral("In January 2026, while working as a locum at the fictional Fenmoor "
                            "Renal Unit, %1 prescribed a potassium-restricted diet plan for a "
                            "patient without reviewing the latest blood results, and later "
                            "altered the date on the care plan to conceal the omission.")
                 .arg(name));
        para(QStringLiteral("The alteration of the care plan described above was dishonest, "
                            "because %1 intended the reader to believe the review had been done.")
                 .arg(surname));
    }
    heading(QStringLiteral("Decision on facts"));
    // The template: the burden and standard of proof.
    para(QStringLiteral("The Panel reminded itself that the burden of proving the facts rests on "
                        "the regulator throughout, and that the standard of proof is the civil "
                        "standard, namely the balance of probabilities. The Registrant does not "
                        "have to prove anything, and a particular is only found proved if the "
                        "Panel is satisfied that it is more likely than not that the events "
                        "occurred as alleged."));
    if (first) {
        para(QStringLiteral("The Panel heard from the service manager, who described how the "
                            "electronic diary showed no travel on the dates of three recorded "
                            "visits, and from a service user's daughter, who said nobody had "
                            "come to inspect the bathroom rails her mother relied upon."));
        para(QStringLiteral("%1 accepted that the assessments were incomplete but said the notes "
                            "were drafted in advance as reminders and saved by mistake. The Panel "
                            "did not accept this account, since the notes recorded measurements "
                            "and observations that could only have been made in person.")
                 .arg(surname));
    } else {
        para(QStringLiteral("The Panel heard from the renal consultant, who explained that the "
                            "blood results had been available on the ward system for two days "
                            "before the plan was written, and from a ward pharmacist, who noticed "
                            "the amended date while reconciling the medication chart."));
        para(QStringLiteral("%1 admitted the omission and the alteration at the outset, and told "
                            "the Panel that the unit had been short of staff and that panic, "
                            "rather than any plan to deceive, had led to the change of date.")
                 .arg(surname));
    }
    heading(QStringLiteral("Decision on grounds"));
    para(
        QStringLiteral("In deciding whether the facts found proved amount to misconduct, the Panel "
                       "applied its own judgement and considered whether the conduct fell "
                       "seriously short of what would be proper in the circumstances, having "
                       "regard to the standards of conduct, performance and ethics published "
                       "by the regulator."));
    para(QStringLiteral("Dishonesty undermines the trust that patients, colleagues and the public "
                        "place in registered professionals, and the Panel was satisfied that the "
                        "dishonest conduct it had found proved was serious enough to amount to "
                        "misconduct."));
    heading(QStringLiteral("Decision on impairment"));
    para(QStringLiteral("The Panel considered both the personal component, namely the "
                        "Registrant's insight, remediation and the risk of repetition, and the "
                        "public component, namely the need to uphold proper professional "
                        "standards and public confidence in the profession."));
    if (first)
        para(QStringLiteral("The Panel found the reflective piece superficial: it described the "
                            "pressures of a rural caseload at length but said little about the "
                            "service users who were discharged without a safe home environment."));
    else
        para(QStringLiteral("The Panel found that the Registrant had developed real insight, had "
                            "completed a course on record keeping, and had worked without concern "
                            "for eleven months under the supervision of a senior colleague."));
    heading(QStringLiteral("Decision on sanction"));
    para(QStringLiteral("The Panel bore in mind that the purpose of a sanction is not to punish "
                        "but to protect the public and the wider public interest, and that it "
                        "must consider the available sanctions in ascending order of severity, "
                        "imposing the least restrictive one that is sufficient."));
    para(QStringLiteral("The Panel had regard to the sanctions policy of the regulator, which "
                        "states that dishonesty is particularly serious and that a sanction "
                        "which does not restrict practice will rarely be appropriate where "
                        "dishonesty has been found."));
    if (first)
        para(QStringLiteral("Given the persistent dishonesty and the limited insight shown, the "
                            "Panel concluded that only a striking off order would protect the "
                            "public and maintain confidence in the profession."));
    else
        para(QStringLiteral("Given the single episode, the early admissions and the insight "
                            "shown, the Panel concluded that a suspension order of six months, "
                            "with a review before it expires, was sufficient and proportionate."));
    heading(QStringLiteral("Order"));
    para(QStringLiteral("The Registrar is directed to give effect to the order from the date on "
                        "which the appeal period expires, unless an appeal is lodged within "
                        "twenty-eight days of the date on which notice of the order is served."));
    para(QStringLiteral("The Panel also imposed an interim order to cover the appeal period, "
                        "being satisfied that it is necessary for the protection of the public "
                        "and otherwise in the public interest."));
    heading(QStringLiteral("Notes"));
    para(QStringLiteral("This decision was handed down in private and is published with the "
                        "names of third parties removed. The Registrant may appeal to the High "
                        "Court against the decision of the Panel."));
    return p;
}

/// The decision as plain text: a heading or paragraph per line ("3. The Panel …"), blank lines
/// between them; wrapped at `width` characters with hard line breaks when width > 0.
inline QString templateDecisionText(int which, int width = 0)
{
    QString out;
    for (const TemplateParagraph &p : templateDecision(which)) {
        const QString line = p.number.isEmpty() ? p.text : p.number + QStringLiteral(". ") + p.text;
        if (width <= 0) {
            out += line + QStringLiteral("\n\n");
            continue;
        }
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out += current + QLatin1Char('\n');
                current.clear();
            }
            current += current.isEmpty() ? word : QLatin1Char(' ') + word;
        }
        out += current + QStringLiteral("\n\n");
    }
    return out;
}

} // namespace casebench::test
