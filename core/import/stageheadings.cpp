// SPDX-License-Identifier: GPL-3.0-or-later
// The headings regulators give the stages of their decisions, for OutlineDetector.
#include "outlinedetector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct StagePattern
{
    const char16_t *pattern;
    DecisionStage stage;
};

// Matched against the whole heading, lower-cased, after "Decision and reasons on", "Panel's
// decision on", "Finding and reasons on", "Findings regarding", "Determination of" and the like
// have been taken off (so "Decision and reasons on sanction" is matched as "sanction").
// First match wins: notes before review ("Review of final orders" is the SWE note on reviews),
// interim order before order.
constexpr StagePattern stagePatterns[] = {
    {u"notes?|rights? of appeal|appeals?|review of final orders|(?:the )?professional standards authority"
     u"|next steps|what happens next|effect of (?:the|this) order",
     DecisionStage::Notes},
    {u"interim (?:orders?|measures?|suspension(?: order)?|conditions(?: of practice)?(?: order)?)"
     u"(?: directed| imposed| made| application| applications| review)?",
     DecisionStage::InterimOrder},
    {u"review of (?:the |a |an )?(?:current |existing |final |substantive |previous )?(?:[\\w-]+ ){0,4}orders?.*"
     u"|(?:a |an |the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))"
     u" (?:substantive |final order |order )?review(?: hearing| meeting)?.*"
     u"|(?:substantive |final )?(?:order )?review (?:hearing|meeting).*|(?:the )?current order|(?:the )?current position"
     u"|(?:today's|this|the present|the current) review(?: hearing| meeting)?"
     u"|previous (?:review )?(?:hearings?|orders?|decisions?|panels?|committees?)(?: .*)?|history of the (?:case|orders?)",
     DecisionStage::Review},
    {u"(?:the )?(?:allegations?|charges?)(?:\\(s\\))?(?: and particulars)?|details of (?:the )?(?:charges?|allegations?)"
     u"|(?:the )?particulars(?: of (?:the )?allegations?)?|(?:the )?amended (?:allegations?|charges?)|schedule of charges",
     DecisionStage::Allegation},
    {u"(?:the )?background(?: (?:to|of) (?:the )?(?:case|allegations?|hearing|matter|referral))?(?: and .*)?"
     u"|(?:summary of (?:the )?)?(?:case|background)|case summary|summary of (?:the )?(?:case|facts|evidence)",
     DecisionStage::Background},
    {u"(?:the )?(?:findings? of )?facts?(?: found proved)?|(?:findings? and )?facts?(?: and reasons)?|decision|finding|findings",
     DecisionStage::Facts},
    {u"(?:the )?(?:statutory )?grounds?(?: and (?:current )?impairment)?|(?:serious |professional )*misconduct(?: and(?:/or)? .*)?"
     u"|lack of (?:professional )?competence(?: and .*)?|(?:the )?(?:conviction|caution)(?: or caution)?|unacceptable professional conduct"
     u"|deficient professional performance",
     DecisionStage::Grounds},
    {u"(?:current |the )?impairment(?: of fitness to practise)?|(?:current )?fitness to practise"
     u"|whether (?:the registrant's )?fitness to practise is (?:currently )?impaired",
     DecisionStage::Impairment},
    // "Suspension order", "Removal order": the options a panel weighs under its sanction heading.
    {u"(?:the )?(?:sanctions?|appropriate sanction|disposal)(?: and reasons)?"
     u"|(?:(?:a|the) )?(?:removal|suspension|conditions of practice|caution|striking[- ]off|warning|advice"
     u"|conditional registration|erasure|no further action|take no (?:further )?action)(?: order)?(?: and .*| / .*)?",
     DecisionStage::Sanction},
    {u"(?:the )?orders?(?: of the (?:panel|committee|tribunal))?|(?:the )?conditions(?: of practice)?(?: imposed)?",
     DecisionStage::Order},
    {u"service(?: of (?:the )?notice.*)?|notice of (?:hearing|meeting)|proceed(?:ing)? (?:in|with)\\b.*"
     u"|(?:hearing |meeting )?in (?:the )?(?:registrant's |social worker's )?absence.*|(?:application (?:to|for) )?amend.*"
     u"|amendment.*|privacy.*|(?:application for )?(?:the )?hearing (?:to be )?(?:held )?(?:partly )?in private.*"
     u"|adjourn(?:ment)?.*|application to adjourn.*|admissions?.*|preliminary (?:matters?|issues?|applications?)(?: .*)?"
     u"|introduction(?: and attendees)?|attendees|attendance|procedural matters|joinder.*|no case to answer.*",
     DecisionStage::Preliminary},
};

// "Decision and reasons on", "Panel's decision on", "Finding and reasons on", "Findings
// regarding", "Determination on", "Decision on": taken off before the stage is looked up.
const QRegularExpression &decisionPrefix()
{
    static const QRegularExpression re(
        u"^(?:the )?(?:(?:panel|committee|tribunal)(?:'s|s')? )?(?:decisions?|determinations?|findings?|reasons)"
        u"(?: and (?:reasons|decision|findings))?(?: (?:on|of|regarding|in relation to|as to|about|for))? (?:the )?"_s);
    return re;
}

QString normalise(QStringView heading)
{
    QString s = heading.toString().toLower();
    s.replace(u'’', u'\'').replace(u'‘', u'\'').replace(u'–', u'-').replace(u'—', u'-');
    s = s.simplified();
    static const QRegularExpression markup(u"^(?:#+\\s*|[*_]+)|[*_]+$"_s);
    s.remove(markup);
    static const QRegularExpression numbering(
        u"^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-h]\\.|[ivx]{1,4}\\.|part \\d+\\s*[-:.]?)\\s+"_s);
    s.remove(numbering);
    while (s.endsWith(u':') || s.endsWith(u' '))
        s.chop(1);
    return s.trimmed();
}

} // namespace

std::optional<DecisionStage> OutlineDetector::stageOfHeading(QStringView heading)
{
    static const auto compiled = [] {
        QList<std::pair<QRegularExpression, DecisionStage>> list;
        for (const StagePattern &p : stagePatterns)
            list.append(
                {QRegularExpression(u"^(?:"_s + QString::fromUtf16(p.pattern) + u")$"_s), p.stage});
        return list;
    }();
    const QString text = normalise(heading);
    if (text.isEmpty() || text.size() > 90)
        return std::nullopt;
    QString stripped = text;
    stripped.remove(decisionPrefix());
    for (const QString &candidate : {stripped, text}) {
        for (const auto &[re, stage] : compiled) {
            if (re.match(candidate).hasMatch())
                return stage;
        }
    }
    return std::nullopt;
}

} // namespace casebench
