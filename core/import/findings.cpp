// SPDX-License-Identifier: GPL-3.0-or-later
// The findings on facts, statutory grounds and impairment.
#include "metadatacontext.h"

using namespace Qt::StringLiterals;

namespace casebench::detail {

namespace {

// Hypothesis, argument and law rather than the panel's finding.
const QRegularExpression &notAFinding()
{
    static const QRegularExpression re = ci(
        u"\\b(?:whether|if|would|could|might|may|submitted|submissions?|invited|urged|argued|asked|question"
        u"|test|guidance|approach|must|should|consider(?:ed)? whether|burden|standard of proof)\\b"_s);
    return re;
}

bool meaningful(const QString &value)
{
    static const QRegularExpression none = ci(
        u"^\\s*(?:n/?a|none|nil|not applicable|-|–|—)?\\s*\\.?\\s*$"_s);
    return !none.match(value).hasMatch();
}

std::optional<Suggestion<FactsFinding>> factsFromFields(const MetadataContext &context)
{
    std::optional<OutlineField> proved;
    std::optional<OutlineField> notProved;
    static const QRegularExpression factsLabel = ci(
        u"^(?:facts|charges?|particulars|allegations?)\\b"_s);
    static const QRegularExpression notProvedLabel = ci(u"\\bnot (?:found )?proved\\b"_s);
    static const QRegularExpression provedLabel = ci(
        u"\\bproved\\b|\\badmitted\\b|\\badmission\\b"_s);
    for (const OutlineField &f : context.outline().fields()) {
        if (!factsLabel.match(f.label).hasMatch() || !meaningful(f.value))
            continue;
        if (notProvedLabel.match(f.label).hasMatch())
            notProved = notProved ? notProved : f;
        else if (provedLabel.match(f.label).hasMatch())
            proved = proved ? proved : f;
    }
    if (proved && notProved)
        return Suggestion<FactsFinding>{FactsFinding::PartlyProved, notProved->start,
                                        notProved->end};
    if (proved)
        return Suggestion<FactsFinding>{FactsFinding::Proved, proved->start, proved->end};
    if (notProved)
        return Suggestion<FactsFinding>{FactsFinding::NotProved, notProved->start, notProved->end};
    return std::nullopt;
}

std::optional<Suggestion<FactsFinding>> findFacts(const MetadataContext &context)
{
    if (auto fromFields = factsFromFields(context))
        return fromFields;
    if (context.hearing && context.hearing != HearingType::Final)
        return std::nullopt;
    static const QRegularExpression notProved = ci(
        u"\\bnot (?:found )?prove[dn]\\b|\\bfound not proved\\b|\\bnot well[- ]founded\\b|\\bnot made out\\b"
        u"|\\bno case to answer\\b|\\bdismissed\\b"_s);
    static const QRegularExpression proved = ci(
        u"\\bfound (?:\\S+ ){0,6}proved\\b|\\bfinds? (?:\\S+ ){0,8}proved\\b|\\b(?:is|are|was|were|been) (?:\\w+ )?proved\\b"
        u"|\\bproved by (?:way of )?admission\\b|\\bwell[- ]founded\\b|\\b(?:is|are|was|were) made out\\b"
        u"|\\badmitted (?:all |both |each of )?(?:the )?(?:allegations?|charges?|particulars|facts)\\b"_s);
    std::optional<Suggestion<FactsFinding>> firstProved;
    std::optional<Suggestion<FactsFinding>> firstNotProved;
    for (const Sentence &s : context.sentences()) {
        if (s.stage != DecisionStage::Facts)
            continue;
        const QStringView text = context.view(s);
        if (notAFinding().match(text).hasMatch())
            continue;
        if (const QRegularExpressionMatch m = notProved.match(text); m.hasMatch()) {
            if (!firstNotProved)
                firstNotProved = suggestAt(FactsFinding::NotProved, m, s.start);
        } else if (const QRegularExpressionMatch p = proved.match(text);
                   p.hasMatch() && !negatedBefore(text, p.capturedStart(0))) {
            if (!firstProved)
                firstProved = suggestAt(FactsFinding::Proved, p, s.start);
        }
    }
    if (firstProved && firstNotProved)
        return Suggestion<FactsFinding>{FactsFinding::PartlyProved, firstNotProved->start,
                                        firstNotProved->end};
    return firstProved ? firstProved : firstNotProved;
}

struct GroundPattern
{
    StatutoryGround ground;
    const char16_t *inField;
    const char16_t *inText;
};

constexpr GroundPattern groundPatterns[] = {
    {StatutoryGround::Misconduct, u"\\bmisconduct\\b|\\bunacceptable professional conduct\\b",
     u"\\b(?:amount(?:s|ed|ing)? to|constitut(?:e|es|ed|ing)|found|finding of|finds?|by reason of (?:(?:his|her|their|your|the registrant's|the social worker's) )?"
     u"|(?:statutory )?grounds? of|(?:is|was|were|are) (?:serious )?|guilty of|impaired by) (?:serious |professional |serious professional )?misconduct\\b"
     u"|\\bguilty of unacceptable professional conduct\\b"},
    {StatutoryGround::LackOfCompetence, u"\\black of (?:professional )?competence\\b",
     u"\\b(?:amount(?:s|ed|ing)? to|constitut\\w*|found|finding of|by reason of (?:\\w+ )?|grounds? of|demonstrat\\w*|shows?|showed|impaired by) "
     u"(?:an? )?(?:serious )?lack of (?:professional )?competence\\b"},
    {StatutoryGround::Conviction, u"\\bconvictions?\\b|(?<!interim\\s)\\bcaution\\b(?! order)",
     u"\\bby reason of (?:(?:his|her|their|your|the|a) )?(?:criminal )?(?:conviction|caution)\\b|\\b(?:was|were|been) convicted\\b"
     u"|\\bconvicted of\\b|\\b(?:received|accepted|given) a (?:police |simple |conditional )?caution\\b|\\bpolice caution\\b"},
    {StatutoryGround::Health, u"\\bhealth\\b",
     u"\\badverse (?:physical (?:and|or|and/or) )?(?:mental )?health\\b|\\bby reason of (?:(?:his|her|their|your) )?(?:physical |mental )?health\\b"},
};

struct CompiledGround
{
    StatutoryGround ground;
    QRegularExpression inField;
    QRegularExpression inText;
};

const QList<CompiledGround> &compiledGrounds()
{
    static const QList<CompiledGround> list = [] {
        QList<CompiledGround> l;
        for (const GroundPattern &g : groundPatterns)
            l.append(
                {g.ground, ci(QString::fromUtf16(g.inField)), ci(QString::fromUtf16(g.inText))});
        return l;
    }();
    return list;
}

QList<Suggestion<StatutoryGround>> findGrounds(const MetadataContext &context)
{
    static const QStringList labels{u"Type of case"_s,     u"Fitness to practise"_s,
                                    u"Statutory ground"_s, u"Statutory grounds"_s,
                                    u"Grounds"_s,          u"Ground"_s,
                                    u"Case type"_s,        u"Hearing outcome"_s,
                                    u"Outcome"_s};
    QList<Suggestion<StatutoryGround>> found;
    const auto add = [&found](StatutoryGround g, QStringView text, const QRegularExpression &re,
                              int offset) {
        const QRegularExpressionMatch m = re.match(text);
        if (!m.hasMatch() || negatedBefore(text, m.capturedStart(0)))
            return;
        for (const auto &s : std::as_const(found)) {
            if (s.value == g)
                return;
        }
        found.append(*suggestAt(g, m, offset));
    };
    for (const OutlineField &f : context.outline().fields()) {
        if (labels.contains(f.label, Qt::CaseInsensitive)) {
            for (const CompiledGround &g : compiledGrounds())
                add(g.ground, context.view(f.start, f.end), g.inField, f.start);
        }
    }
    const auto scan = [&](const QList<DecisionStage> &stages) {
        for (const Sentence &s : context.sentences()) {
            if (!stages.contains(s.stage) || notAFinding().match(context.view(s)).hasMatch())
                continue;
            for (const CompiledGround &g : compiledGrounds())
                add(g.ground, context.view(s), g.inText, s.start);
        }
    };
    if (found.isEmpty())
        scan({DecisionStage::Grounds, DecisionStage::Impairment, DecisionStage::Review,
              DecisionStage::FrontMatter});
    if (found.isEmpty())
        scan({DecisionStage::Allegation, DecisionStage::Background, DecisionStage::Facts});
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.value < b.value; });
    return found;
}

std::optional<Suggestion<ImpairmentFinding>> impairmentIn(QStringView text, int offset)
{
    static const QRegularExpression notImpaired = ci(
        u"\\b(?:not|no longer) (?:currently |now )?impaired\\b|\\bno (?:current |longer any )?impairment\\b|\\bunimpaired\\b"_s);
    static const QRegularExpression impaired = ci(
        u"\\bfitness to practi[sc]e (?:is |was |remains |continues to be |to be |as being )?(?:currently |still )?impaired\\b"
        u"|\\b(?:is|remains|remain) (?:currently |still )?impaired\\b"
        u"|\\bfinding of (?:current )?impairment\\b(?! (?:is|was|were|would be) (?:not|no longer)\\b)"
        u"|^\\s*(?:currently |still )?impaired\\b"_s);
    if (auto s = suggestAt(ImpairmentFinding::NotImpaired, notImpaired.match(text), offset))
        return s;
    const QRegularExpressionMatch m = impaired.match(text);
    if (m.hasMatch() && !negatedBefore(text, m.capturedStart(0)))
        return suggestAt(ImpairmentFinding::Impaired, m, offset);
    return std::nullopt;
}

std::optional<Suggestion<ImpairmentFinding>> findImpairment(const MetadataContext &context)
{
    static const QStringList labels{
        u"Fitness to practise"_s,   u"Impairment"_s, u"Current impairment"_s,
        u"Finding on impairment"_s, u"Outcome"_s,    u"Hearing outcome"_s,
        u"Meeting outcome"_s};
    for (const OutlineField &f : context.outline().fields()) {
        if (labels.contains(f.label, Qt::CaseInsensitive)) {
            if (auto s = impairmentIn(context.view(f.start, f.end), f.start))
                return s;
        }
    }
    // The last conclusion in the decision's own impairment reasoning.
    std::optional<Suggestion<ImpairmentFinding>> last;
    for (const Sentence &s : context.sentences()) {
        const bool stage = s.stage == DecisionStage::Impairment || s.stage == DecisionStage::Grounds
                           || s.stage == DecisionStage::Review;
        // A review recites earlier findings before its own; a final decision may end with a
        // heading about the review to come.
        if (!stage || (s.beforeLastReview && context.hearing == HearingType::Review))
            continue;
        const QStringView text = context.view(s);
        if (notAFinding().match(text).hasMatch())
            continue;
        if (auto found = impairmentIn(text, s.start))
            last = found;
    }
    return last;
}

} // namespace

void suggestFindings(const MetadataContext &context, MetadataSuggestions &result)
{
    result.facts = findFacts(context);
    result.grounds = findGrounds(context);
    result.impairment = findImpairment(context);
}

} // namespace casebench::detail
