// SPDX-License-Identifier: GPL-3.0-or-later
// The order a decision makes, its duration, and what a review did to the order before it.
#include "metadatacontext.h"
#include "phrases.h"

using namespace Qt::StringLiterals;

namespace casebench::detail {

namespace {

/// An order named in the text.
struct Mention
{
    SanctionType type;
    int start;
    int end;
};

/// What one sentence (or field) says is ordered.
struct Reading
{
    SanctionType type = SanctionType::NoFurtherAction;
    std::optional<int> months;
    std::optional<ReviewOutcome> outcome;
    std::optional<SanctionType> previous;
    int start = 0;
    int end = 0;
    int score = 0;
};

enum class Want { Ladder, Interim };

const QRegularExpression &orderPhrase()
{
    static const QRegularExpression re = ci(
        u"\\binterim\\s+order\\s+(?:of\\s+)?(?:conditions\\s+of\\s+practice|conditional\\s+registration|suspension)(?:\\s+order)?"
        u"|\\binterim\\s+(?:measures?\\s+of\\s+)?(?:conditions\\s+of\\s+practice|conditional\\s+registration|conditions|suspension)(?:\\s+order)?"
        u"|\\bno\\s+further\\s+action\\b|\\btake\\s+no\\s+(?:further\\s+)?action\\b"
        u"|\\bagreed\\s+removal\\b|\\bvoluntary\\s+(?:removal|erasure)(?:\\s+order)?"
        u"|\\bstriking[-\\s]off(?:\\s+order)?|\\bstruck[-\\s]off\\b|\\bstrike\\s+(?:\\S+\\s+){0,3}?off\\b|\\bremoval\\s+order\\b"
        u"|\\berasure\\b|\\berased\\b|\\bremoved?\\s+(?:\\S+\\s+){0,3}?from\\s+the\\s+register\\b|\\bremoval\\s+from\\s+the\\s+register\\b"
        u"|\\bsuspension(?:\\s+order)?\\b|\\bsuspended\\b(?!\\s+sentence)|\\bsuspend\\b"
        u"|\\bconditions\\s+of\\s+practice(?:\\s+order)?|\\bconditional\\s+registration(?:\\s+order)?|\\bconditions\\s+order\\b"
        u"|\\b(?:impose|imposing|subject\\s+to)\\s+(?:the\\s+following\\s+)?conditions\\b"
        u"|\\bcaution\\s+order\\b|(?<!police\\s)(?<!simple\\s)(?<!conditional\\s)\\bcaution\\b(?!\\s+(?:for|from|by)\\b)"
        u"|\\bwarning\\b|\\breprimand(?:ed)?\\b|\\badmonish(?:ment|ed)?\\b"
        u"|\\b(?:issue|give|offer)s?\\s+(?:\\w+\\s+)?advice\\b|\\badvice\\s+order\\b|\\bmediation\\b"_s);
    return re;
}

SanctionType toInterim(SanctionType type)
{
    if (type == SanctionType::Suspension)
        return SanctionType::InterimSuspension;
    if (type == SanctionType::ConditionsOfPractice)
        return SanctionType::InterimConditions;
    return type;
}

QList<Mention> mentionsIn(const MetadataContext &context, int start, int end,
                          std::optional<Want> want)
{
    static const QRegularExpression interimAround = ci(u"\\binterim\\s+order\\b.{0,60}$"_s);
    static const QRegularExpression interimAfter = ci(
        u"^.{0,80}\\bon\\s+an\\s+interim\\s+basis\\b"_s);
    QList<Mention> result;
    const QStringView text = context.view(start, end);
    QRegularExpressionMatchIterator it = orderPhrase().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView phrase = m.capturedView(0);
        auto type = sanctionladder::fromWording(phrase, context.regulator);
        if (!type
            && (phrase.contains(u"remov"_s, Qt::CaseInsensitive)
                || phrase.contains(u"strike"_s, Qt::CaseInsensitive)))
            type = SanctionType::StrikingOff;
        if (!type)
            continue;
        const bool interim = phrase.contains(u"interim"_s, Qt::CaseInsensitive)
                             || interimAround.match(text.first(m.capturedStart(0))).hasMatch()
                             || interimAfter.match(text.sliced(m.capturedEnd(0))).hasMatch();
        if (interim)
            type = toInterim(*type);
        if (context.regulator != Regulator::Other
            && !sanctionladder::isAvailable(*type, context.regulator))
            continue;
        if (want && (*want == Want::Interim) != sanctionladder::isInterim(*type))
            continue;
        result.append({*type, start + static_cast<int>(m.capturedStart(0)),
                       start + static_cast<int>(m.capturedEnd(0))});
    }
    return result;
}

std::optional<ReviewOutcome> outcomeWords(QStringView text)
{
    static const QList<std::pair<QRegularExpression, ReviewOutcome>> words{
        {ci(u"\\brevok\\w*|\\brevocation\\b|\\bterminat\\w*|\\blift(?:ed)?\\b|\\bdischarg\\w*|\\bset aside\\b"_s),
         ReviewOutcome::Revoked},
        {ci(u"\\bextend\\w*|\\bextension\\b|\\bfurther period\\b"_s), ReviewOutcome::Extended},
        {ci(u"\\breplac\\w*|\\bsubstitut\\w*|\\bnew order\\b|\\bwith effect from (?:the )?expiry\\b|\\bon (?:the )?expiry of the (?:current|existing) order\\b"_s),
         ReviewOutcome::Replaced},
        {ci(u"\\bvar(?:y|ied|ies|iation)\\b|\\bamend\\w*|\\bmodif\\w*"_s), ReviewOutcome::Varied},
        {ci(u"\\bconfirm\\w*|\\bcontinu\\w*|\\bremains? in (?:force|place|effect)\\b|\\baffirm\\w*"_s),
         ReviewOutcome::Confirmed},
    };
    for (const auto &[re, outcome] : words) {
        if (re.match(text).hasMatch())
            return outcome;
    }
    return std::nullopt;
}

const QRegularExpression &decisionPhrase()
{
    static const QRegularExpression re = ci(
        u"\\b(?:decided|determined|resolved|concluded|agreed)\\s+(?:to|that)\\b|\\bhereby\\b"
        u"|\\b(?:imposes|makes|directs|orders|ordered|substitutes|replaces|extends|revokes|confirms|terminates|varies)\\b"
        u"|\\bdirect(?:s|ed)?\\s+(?:the\\s+registrar|that)\\b|\\bis\\s+directed\\s+to\\b|\\b(?:approved|granted|allowed)\\b"
        u"|\\b(?:is|are|be)\\s+(?:confirmed|extended|revoked|varied|continued|replaced|terminated|struck\\s+off|removed|erased|suspended|admonished)\\b"
        u"|\\bto\\s+(?:impose|make|replace|extend|revoke|confirm|terminate|vary|substitute|strike)\\b"
        u"|\\b(?:the\\s+panel|the\\s+committee|it)\\s+(?:therefore\\s+|accordingly\\s+|has\\s+|have\\s+)?(?:made|imposed)\\b"
        u"|\\bimpose\\s+a\\s+new\\s+order\\b"
        u"|\\bthe\\s+(?:appropriate|proportionate|only|correct)\\s+(?:and\\s+proportionate\\s+)?(?:sanction|order|outcome|response)\\s+(?:is|was|in\\s+this\\s+case)\\b"
        u"|\\bsatisfied\\s+that\\s+(?:a|an|the)\\s+.{0,60}\\b(?:is|was)\\s+(?:the\\s+)?(?:appropriate|proportionate|sufficient|necessary)\\b"_s);
    return re;
}

const QRegularExpression &notTheDecision()
{
    static const QRegularExpression re = ci(
        u"\\b(?:not|no\\s+longer|neither|nor)\\s+(?:be\\s+)?(?:appropriate|sufficient|proportionate|adequate|workable|necessary|enough"
        u"|warranted|justified|required|suitable|realistic|practicable)\\b|\\binsufficient\\b|\\binappropriate\\b|\\bdisproportionate\\b"
        u"|\\bwould\\s+not\\b|\\bcould\\s+not\\b|\\bdid\\s+not\\b|\\bwas\\s+not\\b|\\bis\\s+not\\b|\\bnot\\s+to\\b"
        u"|\\bwhether\\b|\\bif\\b|\\bunless\\b|\\bmay\\b|\\bmight\\b|\\bcan\\b|\\bcould\\b|\\bguidance\\b|\\bsubmit\\w*|\\bsubmissions?\\b"
        u"|\\binvited\\b|\\burged\\b|\\bproposed\\b|\\bsought\\b|\\basked\\b|\\brecommend\\w*|\\bsuggested\\b"
        u"|\\bargued\\b|\\bcontended\\b|\\bon\\s+behalf\\s+of\\b|\\bpreviously\\b|\\boriginally\\b|\\bprevious\\b|\\bearlier\\b"
        u"|\\b(?:was|were|had\\s+been|has\\s+been)\\s+imposed\\b|\\bhad\\s+imposed\\b|\\bnext\\s+considered\\b|\\bwent\\s+on\\s+to\\b"_s);
    return re;
}

// "An application for an interim order" is asked for, not made, unless the panel granted it.
bool onlyApplied(QStringView text)
{
    static const QRegularExpression application = ci(u"\\bapplication\\b|\\bapplied\\b"_s);
    static const QRegularExpression granted = ci(u"\\b(?:approved|granted|allowed|accepted)\\b"_s);
    return application.match(text).hasMatch() && !granted.match(text).hasMatch();
}

int stageWeight(DecisionStage stage, Want want)
{
    switch (stage) {
    case DecisionStage::Order:
        return 6;
    case DecisionStage::Sanction:
        return want == Want::Ladder ? 3 : 0;
    case DecisionStage::InterimOrder:
        return want == Want::Interim ? 3 : 0;
    case DecisionStage::Review:
        return 2;
    case DecisionStage::FrontMatter:
    case DecisionStage::Impairment:
        return 1;
    case DecisionStage::Notes:
        return -2;
    default:
        return -3;
    }
}

// Which of the orders a sentence names is the one made: the new one of "replace X with Y" or
// "impose a new order namely Y", the existing one of "extend/revoke/confirm X", else the first
// after "decided to" (or the last before it).
Mention chooseMention(const QList<Mention> &mentions, QStringView text, int offset,
                      std::optional<ReviewOutcome> outcome)
{
    static const QRegularExpression newOrder = ci(
        u"\\breplac\\w*\\b.*?\\bwith\\b|\\bnew\\s+order\\b|\\bsubstitut\\w*\\b.*?\\bfor\\b"_s);
    if (outcome == ReviewOutcome::Replaced) {
        const QRegularExpressionMatch m = newOrder.match(text);
        if (m.hasMatch()) {
            for (const Mention &mention : mentions) {
                if (mention.start >= offset + m.capturedEnd(0))
                    return mention;
            }
        }
    }
    if (outcome && outcome != ReviewOutcome::Replaced)
        return mentions.first();
    const QRegularExpressionMatch d = decisionPhrase().match(text);
    if (d.hasMatch()) {
        for (const Mention &mention : mentions) {
            if (mention.start >= offset + d.capturedStart(0))
                return mention;
        }
    }
    return mentions.last();
}

std::optional<int> durationAfter(const MetadataContext &context, int from, int end,
                                 SanctionType type)
{
    if (!sanctionladder::isInterim(type)
        && !sanctionladder::durationRule(type, context.regulator).durationAllowed)
        return std::nullopt;
    const auto durations = phrases::findDurations(context.view(from, end));
    if (durations.isEmpty())
        return std::nullopt;
    return durations.first().months;
}

std::optional<Reading> readSpan(const MetadataContext &context, int start, int end, Want want)
{
    const QList<Mention> mentions = mentionsIn(context, start, end, want);
    if (mentions.isEmpty())
        return std::nullopt;
    const QStringView text = context.view(start, end);
    Reading r;
    r.outcome = outcomeWords(text);
    const Mention made = chooseMention(mentions, text, start, r.outcome);
    r.type = made.type;
    r.start = start;
    r.end = end;
    // A duration before the order also counts: "a 12-month suspension order", "9-month suspension".
    const int durationFrom = std::max(start, made.start - 20);
    r.months = durationAfter(context, durationFrom, end, r.type);
    for (const Mention &m : mentions) {
        if (m.start < made.start && m.type != made.type) {
            r.previous = m.type;
            break;
        }
    }
    return r;
}

std::optional<Reading> bestSentence(const MetadataContext &context, Want want,
                                    std::optional<SanctionType> sameType = {})
{
    std::optional<Reading> best;
    const bool review = context.hearing == HearingType::Review
                        || context.hearing == HearingType::InterimOrder;
    for (const Sentence &s : context.sentences()) {
        if (want == Want::Interim && context.hearing != HearingType::InterimOrder
            && s.stage != DecisionStage::InterimOrder && s.stage != DecisionStage::FrontMatter)
            continue;
        auto r = readSpan(context, s.start, s.end, want);
        if (!r || (sameType && r->type != *sameType))
            continue;
        const QStringView text = context.view(s);
        r->score = stageWeight(s.stage, want) + (decisionPhrase().match(text).hasMatch() ? 5 : 0)
                   - (notTheDecision().match(text).hasMatch() || onlyApplied(text) ? 6 : 0)
                   - (review && s.beforeLastReview ? 3 : 0);
        if (r->score >= 6 && (!best || r->score >= best->score))
            best = r;
    }
    return best;
}

std::optional<Reading> readFields(const MetadataContext &context, const QStringList &labels,
                                  Want want)
{
    for (const OutlineField &f : context.outline().fields()) {
        if (!labels.contains(f.label, Qt::CaseInsensitive))
            continue;
        // A value broken by a paragraph mark goes on in the next paragraph.
        if (auto r = readSpan(context, f.start, context.runsOnTo(f.end), want))
            return r;
    }
    return std::nullopt;
}

std::optional<SanctionType> previousOrder(const MetadataContext &context, Want want)
{
    static const QStringList labels{u"Final order being reviewed"_s,
                                    u"Interim order being reviewed"_s,
                                    u"Order being reviewed"_s,
                                    u"Order under review"_s,
                                    u"Current order"_s,
                                    u"Order reviewed"_s,
                                    u"Substantive order being reviewed"_s};
    if (auto r = readFields(context, labels, want))
        return r->type;
    static const QRegularExpression reviewOf = ci(
        u"\\breview(?:ing|ed)?\\s+(?:of\\s+)?(?:a|an|the|this|his|her|their|its)\\s+(?:\\S+\\s+){0,4}?(?:order|suspension|conditions|registration)\\b"_s);
    for (const Sentence &s : context.sentences()) {
        const QRegularExpressionMatch m = reviewOf.match(context.view(s));
        if (!m.hasMatch())
            continue;
        const int start = s.start + static_cast<int>(m.capturedStart(0));
        const auto mentions = mentionsIn(context, start,
                                         s.start + static_cast<int>(m.capturedEnd(0)), want);
        if (!mentions.isEmpty())
            return mentions.first().type;
    }
    return std::nullopt;
}

SanctionSuggestion toSuggestion(const Reading &r)
{
    SanctionSuggestion s;
    s.type = r.type;
    s.durationMonths = r.months;
    s.outcome = r.outcome.value_or(ReviewOutcome::Imposed);
    s.previousType = r.previous;
    s.start = r.start;
    s.end = r.end;
    return s;
}

bool reviewsAnOrder(const MetadataContext &context, const Reading &reading)
{
    if (context.hearing == HearingType::Review)
        return true;
    if (context.hearing != HearingType::InterimOrder)
        return false;
    if (reading.outcome && reading.outcome != ReviewOutcome::Imposed)
        return true;
    // The title says so ("Interim Order Review", "Interim order being reviewed:").
    static const QRegularExpression review = ci(u"\\breview(?:ed|ing)?\\b"_s);
    for (const OutlineParagraph &p : context.outline().paragraphs()) {
        if (p.stage != DecisionStage::FrontMatter || p.kind == ParagraphKind::Numbered
            || p.kind == ParagraphKind::Particular)
            break;
        const bool title = p.kind == ParagraphKind::Text && p.text.size() <= 80
                           && !p.text.endsWith(u'.');
        const QString label = p.kind == ParagraphKind::Field ? p.text.section(u':', 0, 0)
                                                             : QString();
        if ((title && review.match(p.text).hasMatch()) || review.match(label).hasMatch())
            return true;
    }
    return false;
}

// What a review did, when the words do not say: another kind of order replaced the old one; the
// same kind with a new period extended it; otherwise it was confirmed.
void settleOutcome(const MetadataContext &context, const Reading &reading, Want want,
                   SanctionSuggestion &s)
{
    if (!reviewsAnOrder(context, reading)) {
        s.outcome = ReviewOutcome::Imposed;
        s.previousType.reset();
        return;
    }
    if (const auto previous = previousOrder(context, want))
        s.previousType = previous;
    if (reading.outcome) {
        s.outcome = *reading.outcome;
        if (s.outcome == ReviewOutcome::Revoked)
            s.durationMonths.reset();
        if (s.outcome == ReviewOutcome::Replaced && s.previousType == s.type)
            s.outcome = s.durationMonths ? ReviewOutcome::Extended : ReviewOutcome::Confirmed;
    } else if (s.previousType && s.previousType != s.type) {
        s.outcome = ReviewOutcome::Replaced;
    } else {
        s.outcome = s.durationMonths ? ReviewOutcome::Extended : ReviewOutcome::Confirmed;
    }
}

std::optional<int> durationField(const MetadataContext &context)
{
    static const QStringList labels{u"Duration"_s, u"Length of order"_s, u"Period"_s, u"Length"_s};
    if (const auto f = context.field(labels)) {
        const auto durations = phrases::findDurations(
            context.view(f->start, context.runsOnTo(f->end)));
        if (!durations.isEmpty())
            return durations.first().months;
    }
    return std::nullopt;
}

// A field names the order ("Sanction: Suspension order"); the reasons may give its period.
void completeFromBody(const MetadataContext &context, Want want, Reading &reading)
{
    const bool timed
        = sanctionladder::isInterim(reading.type)
          || sanctionladder::durationRule(reading.type, context.regulator).durationAllowed;
    const bool ends = reading.outcome == ReviewOutcome::Revoked
                      || reading.outcome == ReviewOutcome::Confirmed;
    if (!timed || reading.months || ends)
        return;
    if ((reading.months = durationField(context)))
        return;
    if (const auto body = bestSentence(context, want, reading.type)) {
        reading.months = body->months;
        if (!reading.outcome)
            reading.outcome = body->outcome;
    }
}

} // namespace

void suggestSanctions(const MetadataContext &context, MetadataSuggestions &result)
{
    static const QStringList mainLabels{u"Sanction"_s,
                                        u"Outcome"_s,
                                        u"Hearing outcome"_s,
                                        u"Meeting outcome"_s,
                                        u"Outcome of hearing"_s,
                                        u"Decision"_s,
                                        u"Order"_s,
                                        u"Order made"_s,
                                        u"Sanction imposed"_s,
                                        u"Interim order directed"_s,
                                        u"Type and length of interim order"_s,
                                        u"Type of order"_s,
                                        u"Result"_s};
    static const QStringList interimLabels{u"Interim order"_s, u"Interim orders"_s,
                                           u"Interim measures"_s, u"Interim measure"_s,
                                           u"Interim order imposed"_s};
    const bool interimHearing = context.hearing == HearingType::InterimOrder;
    const Want want = interimHearing ? Want::Interim : Want::Ladder;

    std::optional<Reading> main = readFields(context, mainLabels, want);
    if (!main && interimHearing)
        main = readFields(context, interimLabels, want);
    if (main)
        completeFromBody(context, want, *main);
    else
        main = bestSentence(context, want);
    if (main) {
        SanctionSuggestion s = toSuggestion(*main);
        settleOutcome(context, *main, want, s);
        result.sanction = s;
    }
    if (interimHearing)
        return;
    std::optional<Reading> interim = readFields(context, interimLabels, Want::Interim);
    if (interim)
        completeFromBody(context, Want::Interim, *interim);
    else
        interim = bestSentence(context, Want::Interim);
    if (interim) {
        SanctionSuggestion s = toSuggestion(*interim);
        s.outcome = ReviewOutcome::Imposed;
        s.previousType.reset();
        result.interimOrder = s;
    }
}

} // namespace casebench::detail
