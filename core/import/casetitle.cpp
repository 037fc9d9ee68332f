// SPDX-License-Identifier: GPL-3.0-or-later
// The case title: profession, the gist of the allegation and the order the decision makes.
#include "metadatacontext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casebench::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::casetitle)
};

/// "12 months", "1 month".
QString months(int n)
{
    return n == 1 ? Tr::tr("1 month") : Tr::tr("%1 months").arg(n);
}

struct Gist
{
    const char16_t *pattern;
    const char *gist;
};

// What an allegation is about, most specific first (a tie goes to the earlier row). The patterns
// read the allegation, the background and the facts: never the sanction's reasons, where every
// decision weighs "dishonesty" and "public protection" in general terms.
constexpr Gist gists[] = {
    {u"\\b(?:stole|stolen|steal(?:ing)?|theft|misappropriat\\w*|took (?:money|cash|medication))\\b",
     QT_TRANSLATE_NOOP("casebench", "theft")},
    {u"\\bfraud(?:ulent(?:ly)?)?\\b|\\bfalse (?:claims?|invoices?|timesheets?|expenses)\\b",
     QT_TRANSLATE_NOOP("casebench", "fraud")},
    {u"\\bsexual(?:ly)?\\b|\\bintimate (?:images?|relationship|touching)\\b",
     QT_TRANSLATE_NOOP("casebench", "sexual misconduct")},
    {u"\\b(?:professional )?boundar(?:y|ies)\\b|\\binappropriate (?:relationship|messages?|contact)\\b",
     QT_TRANSLATE_NOOP("casebench", "professional boundaries")},
    {u"\\bassault\\w*|\\bviolen(?:ce|t)\\b|\\bslapped\\b|\\bpunched\\b|\\bkicked\\b|\\bphysical(?:ly)? (?:abus|restrain|aggress)\\w*",
     QT_TRANSLATE_NOOP("casebench", "violence")},
    {u"\\bconvicted\\b|\\bconviction\\b|\\bpleaded guilty\\b",
     QT_TRANSLATE_NOOP("casebench", "conviction")},
    {u"\\b(?:police|conditional|simple) caution\\b|\\bcautioned\\b|\\baccepted a caution\\b",
     QT_TRANSLATE_NOOP("casebench", "caution")},
    {u"\\bdishonest(?:y|ly)?\\b|\\blied\\b|\\bfalsif(?:y|ied|ying|ication)\\b|\\bmisled\\b|\\bmisleading\\b|\\buntrue\\b",
     QT_TRANSLATE_NOOP("casebench", "dishonesty")},
    {u"\\bcannabis\\b|\\bcocaine\\b|\\bheroin\\b|\\billicit (?:drugs?|substances?)\\b|\\brecreational drugs?\\b|\\bsubstance misuse\\b|\\bdrug misuse\\b",
     QT_TRANSLATE_NOOP("casebench", "drugs")},
    {u"\\balcohol\\b|\\bintoxicated\\b|\\bdrunk\\b|\\bdrink[- ]driving\\b|\\bunder the influence\\b",
     QT_TRANSLATE_NOOP("casebench", "alcohol")},
    {u"\\bmedication errors?\\b|\\bexcessive dose\\b|\\boverdose\\b|\\bdrug errors?\\b|\\bmaladministration\\b|\\b(?:wrong|incorrect) (?:dose|dosage|medication)\\b|\\badminister(?:ed)? (?:a |an )?(?:wrong|incorrect|double)\\b|\\bcontrolled drugs? (?:register|record)\\b",
     QT_TRANSLATE_NOOP("casebench", "medication errors")},
    {u"\\bbreach(?:ed|ing|es)? (?:of )?(?:the |an? |his |her |their |your )?(?:interim )?(?:conditions|order)\\b|\\bwhile (?:suspended|subject to an? (?:interim )?(?:suspension|order))\\b",
     QT_TRANSLATE_NOOP("casebench", "breach of an order")},
    {u"\\boutside (?:the |your |his |her |their )?scope\\b|\\bbeyond (?:the |your |his |her |their )?(?:scope|competence)\\b|\\bwithout (?:the )?(?:required |necessary )?(?:qualifications?|registration|indemnity)\\b|\\bwhile (?:not|un)registered\\b",
     QT_TRANSLATE_NOOP("casebench", "working outside scope")},
    {u"\\b(?:did not|failed to|fail(?:ure)? to) (?:co-?operate|engage|respond)(?: \\w+)? (?:with|to) (?:an? |the |your |his |her |their )?(?:regulator|investigation|NMC|HCPC|GDC|GOC|GPhC|GOsC|GMC|Social Work England|Council|GDC's|NMC's)\\b|\\bnon-?engagement with (?:the |your )?(?:regulator|investigation|NMC|HCPC|GDC|GOC|GPhC|GOsC|Social Work England|Council)\\b",
     QT_TRANSLATE_NOOP("casebench", "failure to cooperate")},
    {u"\\brecord[- ]keeping\\b|\\b(?:did not|failed to|fail(?:ure)? to) (?:record|document|keep (?:adequate |accurate )?(?:records|notes))\\b|\\b(?:inadequate|incomplete|inaccurate) (?:records|notes|case notes)\\b|\\bclinical records\\b",
     QT_TRANSLATE_NOOP("casebench", "record keeping")},
    {u"\\bsafeguarding\\b", QT_TRANSLATE_NOOP("casebench", "safeguarding")},
    {u"\\b(?:breach\\w*|disclos\\w+) (?:of )?(?:patient |service user |client )?confidential(?:ity| information)\\b|\\bconfidential (?:information|records|data)\\b|\\bdata protection\\b|\\bsocial media\\b",
     QT_TRANSLATE_NOOP("casebench", "confidentiality")},
    {u"\\bbull(?:y|ied|ying)\\b|\\bharass\\w*|\\bracis[tm]\\w*|\\bdiscriminat\\w+|\\bintimidat\\w+",
     QT_TRANSLATE_NOOP("casebench", "bullying or harassment")},
    {u"\\b(?:adverse )?(?:physical or )?mental health (?:condition|issues|difficulties)\\b|\\bhealth condition\\b|\\bfitness to practise is impaired by reason of (?:your |his |her |their )?(?:adverse )?(?:physical or mental )?health\\b",
     QT_TRANSLATE_NOOP("casebench", "health")},
    {u"\\black of competence\\b|\\bnot (?:competent|meet the standards? of competence)\\b",
     QT_TRANSLATE_NOOP("casebench", "lack of competence")},
    {u"\\b(?:did not|failed to|fail(?:ure)? to) (?:assess|escalate|monitor|observe|examine|refer|diagnose|carry out|undertake|complete)\\b|\\bclinical (?:failings|care|judg(?:e)?ment|practice)\\b|\\bdeteriorat\\w+|\\bpatient safety\\b|\\bneglect\\w*",
     "clinical failings"},
    {u"\\brude\\b|\\bshouted\\b|\\bswore\\b|\\bunprofessional (?:manner|language|comments?)\\b|\\bcommunicat(?:ion|ed) (?:with|to) (?:patients|service users|colleagues)\\b",
     QT_TRANSLATE_NOOP("casebench", "communication")},
};

/// A gist that says more when something else is found beside it ("theft" of what).
struct Refinement
{
    const char *gist;
    const char16_t *near; ///< in the same sentence as the gist's match
    const char *refined;
};

constexpr Refinement refinements[] = {
    {"theft",
     u"\\bmedication|\\bmedicines?\\b|\\bdrugs?\\b|\\bcontrolled drugs?\\b|\\bmorphine\\b|\\boramorph\\b|\\bdiazepam\\b",
     QT_TRANSLATE_NOOP("casebench", "theft of medication")},
    {"theft", u"\\bmoney\\b|\\bcash\\b|\\bfunds\\b|\\bbank card\\b",
     QT_TRANSLATE_NOOP("casebench", "theft of money")},
    {"dishonesty",
     u"\\bqualifications?\\b|\\bdegree\\b|\\bcertificates?\\b|\\bcurriculum vitae\\b|\\bCV\\b",
     QT_TRANSLATE_NOOP("casebench", "dishonesty about qualifications")},
    {"dishonesty", u"\\bsickness\\b|\\bsick (?:leave|note)\\b|\\bfit note\\b",
     QT_TRANSLATE_NOOP("casebench", "dishonesty about sickness absence")},
    {"dishonesty", u"\\brecords?\\b|\\bnotes?\\b|\\bobservations?\\b",
     QT_TRANSLATE_NOOP("casebench", "dishonest record keeping")},
    {"conviction",
     u"\\bdrink[- ]driving\\b|\\bexcess alcohol\\b|\\bover the (?:prescribed )?limit\\b",
     QT_TRANSLATE_NOOP("casebench", "drink-driving conviction")},
    {"conviction", u"\\bassault\\w*|\\babusive behaviour\\b|\\bviolen\\w+",
     QT_TRANSLATE_NOOP("casebench", "conviction for violence")},
};

/// How much a passage of each stage tells about what the case is about.
int stageWeight(DecisionStage stage, bool reviewOnly)
{
    switch (stage) {
    case DecisionStage::Allegation:
    case DecisionStage::Facts:
        return 3;
    case DecisionStage::Background:
        return 2;
    case DecisionStage::Review:
    case DecisionStage::FrontMatter:
    case DecisionStage::InterimOrder:
        return 1;
    case DecisionStage::Grounds:
        return reviewOnly ? 1 : 0;
    case DecisionStage::Preliminary:
    case DecisionStage::Impairment:
    case DecisionStage::Sanction:
    case DecisionStage::Order:
    case DecisionStage::Notes:
        return 0;
    }
    return 0;
}

struct GistFound
{
    QString gist;
    int start = 0;
    int end = 0;
};

std::optional<GistFound> findGist(const MetadataContext &context)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Gist &g : gists)
            list.append(ci(QString::fromUtf16(g.pattern)));
        return list;
    }();
    // Decisions without allegation or facts headings (interim orders, short reviews) tell the
    // case in whatever they have: every stage but the procedural ones counts once.
    const Outline &outline = context.outline();
    const bool hasCaseStages = outline.hasStage(DecisionStage::Allegation)
                               || outline.hasStage(DecisionStage::Facts)
                               || outline.hasStage(DecisionStage::Background);
    constexpr qsizetype count = std::size(gists);
    QList<int> scores(count, 0);
    QList<std::pair<int, int>> firstSpan(count, {-1, -1});
    QList<int> firstSentence(count, -1);
    const QList<Sentence> &sentences = context.sentences();
    // "Type of case: Caution and misconduct" says it in so many words.
    static const QStringList typeLabels{u"Type of case"_s, u"Nature of case"_s, u"Allegation"_s,
                                        u"Type of allegation"_s};
    QList<std::pair<int, int>> spans; // (start, end) with a weight
    QList<int> weights;
    if (const auto f = context.field(typeLabels)) {
        spans.append({f->start, f->end});
        weights.append(3);
    }
    for (const Sentence &s : sentences) {
        int weight = stageWeight(s.stage, !hasCaseStages);
        if (!hasCaseStages && weight == 0 && s.stage != DecisionStage::Preliminary
            && s.stage != DecisionStage::Notes)
            weight = 1;
        if (weight > 0) {
            spans.append({s.start, s.end});
            weights.append(weight);
        }
    }
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QStringView view = context.view(spans.at(i).first, spans.at(i).second);
        for (qsizetype g = 0; g < count; ++g) {
            const QRegularExpressionMatch m = patterns.at(g).match(view);
            if (!m.hasMatch())
                continue;
            const qsizetype at = m.capturedStart(0);
            if (negatedBefore(view, at))
                continue;
            scores[g] += weights.at(i);
            if (firstSpan.at(g).first < 0) {
                firstSpan[g] = {spans.at(i).first + static_cast<int>(at),
                                spans.at(i).first + static_cast<int>(m.capturedEnd(0))};
                firstSentence[g] = static_cast<int>(i);
            }
        }
    }
    qsizetype best = -1;
    for (qsizetype g = 0; g < count; ++g) {
        if (scores.at(g) > 0 && (best < 0 || scores.at(g) > scores.at(best)))
            best = g;
    }
    if (best < 0)
        return std::nullopt;
    // Social work has no clinic: its failings are of practice.
    const char *name = gists[best].gist;
    if (qstrcmp(name, "clinical failings") == 0)
        name = context.regulator == Regulator::SocialWorkEngland
                   ? QT_TRANSLATE_NOOP("casebench", "practice failings")
                   : QT_TRANSLATE_NOOP("casebench", "clinical failings");
    GistFound found{Tr::tr(name), firstSpan.at(best).first, firstSpan.at(best).second};
    // A refinement looks in every span where the gist matched.
    for (const Refinement &r : refinements) {
        if (qstrcmp(r.gist, gists[best].gist) != 0)
            continue;
        const QRegularExpression near = ci(QString::fromUtf16(r.near));
        bool refined = false;
        for (qsizetype i = firstSentence.at(best); i >= 0 && i < spans.size(); ++i) {
            const QStringView view = context.view(spans.at(i).first, spans.at(i).second);
            if (patterns.at(best).match(view).hasMatch() && near.match(view).hasMatch()) {
                refined = true;
                break;
            }
        }
        if (refined) {
            found.gist = Tr::tr(r.refined);
            break;
        }
    }
    return found;
}

/// "striking-off", "removal" (Social Work England, GPhC, GOsC), "erasure" (GDC, GOC).
QString orderName(SanctionType type, Regulator regulator)
{
    switch (type) {
    case SanctionType::NoFurtherAction:
        return Tr::tr("no further action");
    case SanctionType::Advice:
        return Tr::tr("advice");
    case SanctionType::Warning:
        if (regulator == Regulator::Gosc)
            return Tr::tr("admonishment");
        return regulator == Regulator::Gdc ? Tr::tr("reprimand") : Tr::tr("warning");
    case SanctionType::Mediation:
        return Tr::tr("mediation");
    case SanctionType::CautionOrder:
        return Tr::tr("caution order");
    case SanctionType::ConditionsOfPractice:
        return Tr::tr("conditions of practice");
    case SanctionType::Suspension:
        return Tr::tr("suspension");
    case SanctionType::StrikingOff:
        switch (regulator) {
        case Regulator::SocialWorkEngland:
        case Regulator::Gphc:
        case Regulator::Gosc:
            return Tr::tr("removal");
        case Regulator::Gdc:
        case Regulator::Goc:
        case Regulator::Gmc:
            return Tr::tr("erasure");
        default:
            return Tr::tr("striking-off");
        }
    case SanctionType::VoluntaryRemoval:
        return regulator == Regulator::SocialWorkEngland ? Tr::tr("agreed removal")
                                                         : Tr::tr("voluntary removal");
    case SanctionType::InterimConditions:
        return Tr::tr("interim conditions");
    case SanctionType::InterimSuspension:
        return Tr::tr("interim suspension");
    }
    return {};
}

QString withMonths(const QString &order, const std::optional<int> &duration)
{
    return duration ? Tr::tr("%1, %2").arg(order, months(*duration)) : order;
}

/// The outcome: the order made, or for a review what it did to the order under review.
QString outcomePhrase(const SanctionSuggestion &s, Regulator regulator)
{
    const QString order = orderName(s.type, regulator);
    const QString previous = s.previousType ? orderName(*s.previousType, regulator) : QString();
    switch (s.outcome) {
    case ReviewOutcome::Imposed:
        return withMonths(order, s.durationMonths);
    case ReviewOutcome::Confirmed:
        return withMonths(Tr::tr("%1 continued").arg(order), s.durationMonths);
    case ReviewOutcome::Extended:
        return s.durationMonths ? Tr::tr("%1 extended by %2").arg(order, months(*s.durationMonths))
                                : Tr::tr("%1 extended").arg(order);
    case ReviewOutcome::Varied:
        return withMonths(Tr::tr("%1 varied").arg(order), s.durationMonths);
    case ReviewOutcome::Replaced:
        return previous.isEmpty() || previous == order
                   ? withMonths(order, s.durationMonths)
                   : withMonths(Tr::tr("%1 replaced by %2").arg(previous, order), s.durationMonths);
    case ReviewOutcome::Revoked:
        return Tr::tr("%1 revoked, no order").arg(previous.isEmpty() ? order : previous);
    }
    return order;
}

QString hearingName(HearingType type)
{
    switch (type) {
    case HearingType::Final:
        return Tr::tr("final hearing");
    case HearingType::Review:
        return Tr::tr("review");
    case HearingType::InterimOrder:
        return Tr::tr("interim order");
    case HearingType::Restoration:
        return Tr::tr("restoration");
    }
    return {};
}

} // namespace

void suggestTitle(const MetadataContext &context, MetadataSuggestions &result)
{
    const Regulator regulator = result.regulator ? result.regulator->value : Regulator::Other;
    QString who;
    if (result.profession)
        who = result.profession->value;
    else if (result.regulator)
        who = enumLabel(regulator);
    const auto gist = findGist(context);
    QString what = gist ? gist->gist
                        : (result.hearingType ? hearingName(result.hearingType->value) : QString());
    const QString outcome = result.sanction ? outcomePhrase(*result.sanction, regulator)
                                            : QString();
    if (who.isEmpty() && what.isEmpty())
        return;
    if (!gist && outcome.isEmpty())
        return; // nothing but the profession: no title worth the name
    QString title = who.isEmpty() ? what : (what.isEmpty() ? who : who + u": "_s + what);
    if (!outcome.isEmpty())
        title += u" — "_s + outcome;
    int start = 0;
    int end = 0;
    if (gist) {
        start = gist->start;
        end = gist->end;
    } else if (result.sanction) {
        start = result.sanction->start;
        end = result.sanction->end;
    }
    result.title = Suggestion<QString>{title, start, end};
}

} // namespace casebench::detail
