// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpustext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace casebench::corpustext {

namespace {

using G = StatutoryGround;

QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

const QStringList &generalWords()
{
    static const QStringList list = words(
        u"assessment account allegation audit bundle chronology colleague complaint concern conduct "
        "consultation contemporaneous correspondence documentation duty employer evidence examination "
        "explanation guidance handover incident interview investigation judgement manager meeting "
        "minutes note observation occasion obligation policy practice procedure process protocol "
        "record referral reflection report responsibility review risk rota service shift standard "
        "statement submission supervision team testimony timeline training witness workplace "
        "agency appraisal capability caseload clinic community compliance department directorate "
        "escalation framework governance induction lead matron mentor oversight placement portfolio "
        "preceptorship regulator safeguarding senior trust unit ward"_s);
    return list;
}

const QStringList &sentencePatterns()
{
    // {t} a theme word, {g} a general word, {p} a person, {l} a place.
    static const QStringList list{
        u"The Panel considered the {g} prepared by {p} in respect of the {t} and the {g} that followed."_s,
        u"{p}, who was the {g} lead at {l} at the relevant time, gave evidence about the {t}."_s,
        u"The Panel accepted that the {g} did not record the {t} as the {g} required."_s,
        u"In cross-examination the witness accepted that the {t} had been raised at a {g} in {l}."_s,
        u"The Panel found the account of {p} to be clear, consistent and supported by the {g}."_s,
        u"It was not disputed that the {t} formed part of the Registrant's {g} at {l}."_s,
        u"The Panel noted that the {g} and the {g} both referred to the {t}."_s,
        u"The Legal Adviser reminded the Panel that the burden of proving the {t} lay on the regulator."_s,
        u"The Panel preferred the evidence of {p} where it differed from the {g} about the {t}."_s,
        u"The {g} showed that the {t} was discussed with the Registrant on more than one occasion."_s,
        u"The Panel reviewed the {g} from {l} and the {g} that the employer produced."_s,
        u"Having considered the {t} in context, the Panel was satisfied that the {g} was accurate."_s,
        u"The Presenting Officer submitted that the {t} fell far below the {g} expected of a registrant."_s,
        u"The Registrant's representative submitted that the {g} at {l} contributed to the {t}."_s,
        u"The Panel bore in mind the {g} issued by the regulator on the {t}."_s,
        u"The Panel read the {g} of {p} and heard from {p} by video link."_s,
        u"There was no {g} to suggest that the {t} had been reported to the {g} at the time."_s,
        u"The Panel was referred to the {t} recorded in the {g} dated some weeks later."_s,
    };
    return list;
}

const QHash<QString, QStringList> &factorPatterns()
{
    // One or two sentences per factor of the default codebook; %1 a theme word, %2 a place.
    static const QHash<QString, QStringList> map{
        {u"fact_proved"_s,
         {u"The Panel found the particular concerning the %1 proved on the balance of probabilities."_s}},
        {u"fact_not_proved"_s,
         {u"The Panel found the particular concerning the %1 not proved, as the evidence did not establish it."_s}},
        {u"misconduct_found"_s,
         {u"The Panel concluded that the Registrant's conduct in relation to the %1 amounted to misconduct."_s}},
        {u"lack_of_competence_found"_s,
         {u"The Panel concluded that the failings in the %1 showed a lack of competence over a fair sample of work."_s}},
        {u"impairment_public_protection"_s,
         {u"The Panel found the Registrant's fitness to practise impaired on the ground of public protection."_s}},
        {u"impairment_public_interest"_s,
         {u"The Panel found that public confidence would be undermined if no finding of impairment were made in respect of the %1."_s}},
        {u"no_current_impairment"_s,
         {u"The Panel found that the Registrant's fitness to practise is not currently impaired."_s}},
        {u"dishonesty"_s,
         {u"The Panel found that the Registrant acted dishonestly in relation to the %1, knowing that the account given was untrue."_s,
          u"Ordinary decent people would regard the Registrant's conduct over the %1 as dishonest."_s}},
        {u"concealment"_s,
         {u"The Registrant took steps to conceal the %1 from colleagues at %2."_s}},
        {u"falsified_records"_s,
         {u"The Panel found that the Registrant made entries about the %1 that were false."_s}},
        {u"abuse_of_trust"_s,
         {u"The Registrant abused the position of trust that the %1 gave them."_s}},
        {u"harm"_s, {u"The Panel found that the %1 caused harm."_s}},
        {u"harm_to_service_users"_s,
         {u"A service user suffered actual harm as a result of the %1."_s}},
        {u"risk_of_harm"_s, {u"The %1 exposed service users at %2 to a real risk of harm."_s}},
        {u"vulnerable_service_users"_s,
         {u"The people affected by the %1 were particularly vulnerable."_s}},
        {u"boundary_violation"_s,
         {u"The Registrant breached professional boundaries in the course of the %1."_s}},
        {u"breach_of_confidentiality"_s,
         {u"The Registrant disclosed confidential information about the %1 without consent."_s}},
        {u"record_keeping"_s,
         {u"The records of the %1 were incomplete and in places illegible."_s}},
        {u"repeated_conduct"_s,
         {u"The conduct concerning the %1 was repeated over a period of months."_s}},
        {u"failure_to_engage"_s,
         {u"The Registrant did not engage with the regulator about the %1 and did not attend the hearing."_s}},
        {u"lack_of_insight"_s,
         {u"The Registrant showed little insight into the seriousness of the %1."_s}},
        {u"risk_of_repetition"_s,
         {u"The Panel concluded that there remains a risk that the %1 will be repeated."_s}},
        {u"previous_findings"_s,
         {u"The Registrant had a previous regulatory finding for similar conduct at %2."_s}},
        {u"previous_good_history"_s,
         {u"The Registrant had a long career at %2 with no previous concerns."_s}},
        {u"testimonials"_s,
         {u"The Panel read positive testimonials from colleagues at %2 describing the Registrant's practice."_s}},
        {u"working_conditions"_s,
         {u"The working conditions at %2 at the time of the %1 were difficult."_s}},
        {u"workload_pressure"_s,
         {u"The Registrant was carrying an excessive workload when the %1 took place."_s}},
        {u"staffing_shortage"_s,
         {u"The unit at %2 was seriously short-staffed at the time of the %1."_s}},
        {u"lack_of_supervision"_s,
         {u"The Registrant received little or no supervision during the period of the %1."_s}},
        {u"personal_circumstances"_s,
         {u"The Registrant was coping with difficult personal circumstances at the time of the %1."_s}},
        {u"early_admission"_s, {u"The Registrant admitted the %1 at the earliest opportunity."_s}},
        {u"isolated_incident"_s,
         {u"The Panel accepted that the %1 was an isolated incident in an otherwise unblemished career."_s}},
        {u"health_context"_s,
         {u"The Registrant's health at the time formed part of the context of the %1."_s}},
        {u"insight"_s,
         {u"The Registrant demonstrated developed insight into the %1 and its effect on others."_s}},
        {u"remorse"_s, {u"The Registrant apologised for the %1 and expressed genuine remorse."_s}},
        {u"remediation"_s,
         {u"The Registrant has taken steps to remediate the concerns raised by the %1."_s}},
        {u"training_completed"_s,
         {u"The Registrant completed relevant training on the %1 since the events."_s}},
        {u"reflective_statement"_s,
         {u"The Registrant provided a detailed reflective statement on the %1."_s}},
        {u"safe_practice_since"_s,
         {u"The Registrant has practised safely at %2 since the %1 without further concern."_s}},
        {u"engagement_with_process"_s,
         {u"The Registrant engaged fully with the regulator throughout its investigation of the %1."_s}},
        {u"organisational_failings"_s,
         {u"The employer's own systems for managing the %1 at %2 were deficient."_s}},
        {u"public_confidence"_s,
         {u"Public confidence in the profession would be undermined by the %1 if no action were taken."_s}},
        {u"employer_action"_s,
         {u"The employer at %2 dismissed the Registrant following its investigation of the %1."_s}},
        {u"criminal_proceedings"_s,
         {u"The %1 was also the subject of criminal proceedings in the magistrates' court."_s}},
        {u"proportionality"_s,
         {u"The Panel weighed the Registrant's interests against the public interest and considered the least restrictive sanction first."_s}},
    };
    return map;
}

} // namespace

const QList<Theme> &themes()
{
    static const QList<Theme> list{
        {u"medication errors"_s,
         u"administered medication incorrectly and did not escalate the errors at %1"_s,
         words(
             u"medication dose insulin opioid chart administration prescription controlled drug syringe infusion pharmacy overdose"_s),
         {u"harm_to_service_users"_s, u"risk_of_harm"_s, u"repeated_conduct"_s,
          u"record_keeping"_s},
         G::LackOfCompetence,
         1.2},
        {u"falsified timesheets"_s,
         u"claimed payment for shifts not worked at %1"_s,
         words(
             u"timesheet payroll overtime claim invoice agency shift signature payment fraud hours reimbursement"_s),
         {u"dishonesty"_s, u"concealment"_s, u"falsified_records"_s, u"repeated_conduct"_s},
         G::Misconduct,
         2.2},
        {u"boundary violations"_s,
         u"formed an inappropriate relationship with a service user of %1"_s,
         words(
             u"relationship messages gifts social media friendship intimacy visits texts photographs befriending"_s),
         {u"boundary_violation"_s, u"abuse_of_trust"_s, u"vulnerable_service_users"_s},
         G::Misconduct,
         2.4},
        {u"record keeping failures"_s,
         u"did not keep adequate records of care provided at %1"_s,
         words(
             u"notes entries documentation care plan handover records observations chart audit retrospective"_s),
         {u"record_keeping"_s, u"risk_of_harm"_s},
         G::LackOfCompetence,
         0.9},
        {u"drink driving conviction"_s,
         u"was convicted of driving with excess alcohol near %1"_s,
         words(
             u"conviction alcohol breath driving magistrates disqualification vehicle police custody sentence fine"_s),
         {u"criminal_proceedings"_s, u"public_confidence"_s},
         G::Conviction,
         1.0},
        {u"breach of confidentiality"_s,
         u"accessed and shared confidential records without authority at %1"_s,
         words(
             u"confidential records access database disclosure privacy information consent password login data"_s),
         {u"breach_of_confidentiality"_s, u"abuse_of_trust"_s},
         G::Misconduct,
         1.5},
        {u"safeguarding failures"_s,
         u"did not act on safeguarding concerns about children known to %1"_s,
         words(
             u"safeguarding child protection strategy visit referral neglect family assessment placement plan"_s),
         {u"risk_of_harm"_s, u"vulnerable_service_users"_s, u"repeated_conduct"_s},
         G::Misconduct,
         1.6},
        {u"clinical competence"_s,
         u"did not carry out adequate clinical assessments at %1"_s,
         words(
             u"diagnosis examination triage deterioration observations escalation sepsis assessment referral clinical"_s),
         {u"harm_to_service_users"_s, u"risk_of_harm"_s, u"lack_of_insight"_s},
         G::LackOfCompetence,
         1.3},
        {u"bullying of colleagues"_s,
         u"behaved in an intimidating and bullying manner towards colleagues at %1"_s,
         words(
             u"bullying shouting intimidation harassment grievance colleague students behaviour aggression remarks"_s),
         {u"repeated_conduct"_s, u"lack_of_insight"_s, u"public_confidence"_s},
         G::Misconduct,
         1.4},
        {u"theft from service users"_s,
         u"took money and property belonging to service users of %1"_s,
         words(u"theft money purse bank card cash property jewellery withdrawal wallet stolen"_s),
         {u"dishonesty"_s, u"abuse_of_trust"_s, u"vulnerable_service_users"_s,
          u"criminal_proceedings"_s},
         G::Misconduct,
         2.8},
        {u"alcohol dependence"_s,
         u"was unfit for work through alcohol while on duty at %1"_s,
         words(
             u"alcohol dependence intoxicated detox recovery relapse abstinence occupational health treatment sobriety"_s),
         {u"risk_of_harm"_s, u"health_context"_s},
         G::Health,
         1.1},
        {u"inappropriate restraint"_s,
         u"used inappropriate physical restraint on a resident of %1"_s,
         words(
             u"restraint force bruising resident hold pinned dementia behaviour technique injury"_s),
         {u"harm_to_service_users"_s, u"vulnerable_service_users"_s},
         G::Misconduct,
         2.0},
        {u"false qualifications"_s,
         u"claimed qualifications they did not hold when applying to %1"_s,
         words(
             u"qualification certificate application degree curriculum registration credentials references transcript diploma"_s),
         {u"dishonesty"_s, u"concealment"_s, u"public_confidence"_s},
         G::Misconduct,
         2.5},
        {u"missed visits"_s,
         u"did not complete statutory visits within the required timescales at %1"_s,
         words(
             u"visits timescales caseload statutory overdue allocation looked after review deadline backlog"_s),
         {u"risk_of_harm"_s, u"record_keeping"_s},
         G::Misconduct,
         0.8},
    };
    return list;
}

const QList<Register> &registers()
{
    static const QList<Register> list{
        {Regulator::Hcpc,
         {u"Paramedic"_s, u"Physiotherapist"_s, u"Occupational therapist"_s, u"Radiographer"_s,
          u"Biomedical scientist"_s},
         u"Health and Care Professions Tribunal Service"_s},
        {Regulator::SocialWorkEngland, {u"Social worker"_s}, u"Social Work England Adjudicators"_s},
        {Regulator::Nmc,
         {u"Registered nurse"_s, u"Midwife"_s, u"Nursing associate"_s},
         u"Nursing and Midwifery Council Fitness to Practise Committee"_s},
        {Regulator::Gmc, {u"Doctor"_s}, u"Medical Practitioners Tribunal Service"_s},
        {Regulator::Gdc,
         {u"Dentist"_s, u"Dental nurse"_s},
         u"General Dental Council Professional Conduct Committee"_s},
        {Regulator::Gphc,
         {u"Pharmacist"_s, u"Pharmacy technician"_s},
         u"General Pharmaceutical Council Fitness to Practise Committee"_s},
    };
    return list;
}

QString personName(Random &random)
{
    static const QStringList first = words(
        u"Alex Bea Cal Dana Eli Fern Gale Hal Iris Jo Kit Lee Mo Nell Oli Pat Quin Rae Sol Tam Uma Val Wyn Zed"_s);
    static const QStringList syllables = words(
        u"ash bram cor dun el fen gar hol ket lin mor nar ost pen quil ros sten tor ul vane wick yor"_s);
    QString surname = random.pick(syllables) + random.pick(syllables);
    surname[0] = surname.at(0).toUpper();
    return random.pick(first) + u' ' + surname;
}

QString placeName(Random &random)
{
    static const QStringList syllables = words(
        u"Ash Bar Cal Dun Elm Fair Glen Hal Ivy Kirk Lang Mar North Oak Pen Red Stan Thorn Up West"_s);
    static const QStringList endings = words(
        u"ford ham bury field ton well combe ley mouth stead"_s);
    return random.pick(syllables) + random.pick(endings) + u' '
           + random.pick(QStringList{u"General Hospital"_s, u"Care Home"_s, u"Borough Council"_s,
                                     u"Health Centre"_s, u"NHS Trust"_s, u"Practice"_s,
                                     u"Community Team"_s});
}

QString factorSentence(const QString &factorKey, const Theme &theme, Random &random)
{
    const QStringList patterns = factorPatterns().value(factorKey);
    if (patterns.isEmpty())
        return u"The Panel took into account the %1."_s.arg(theme.title);
    // Not arg(): not every sentence names both the theme word and the place.
    QString sentence = random.pick(patterns);
    const QString word = random.pick(theme.words);
    const QString place = placeName(random);
    sentence.replace(u"%1"_s, word);
    sentence.replace(u"%2"_s, place);
    return sentence;
}

QString fillerSentence(const Theme &theme, Random &random)
{
    QString s = random.pick(sentencePatterns());
    // Replaced one slot at a time so that each slot gets a word of its own.
    for (qsizetype at = s.indexOf(u'{'); at >= 0; at = s.indexOf(u'{', at)) {
        const QChar slot = s.at(at + 1);
        QString word;
        if (slot == u't')
            word = random.pick(theme.words);
        else if (slot == u'g')
            word = random.pick(generalWords());
        else if (slot == u'p')
            word = personName(random);
        else
            word = placeName(random);
        s.replace(at, 3, word);
        at += word.size();
    }
    return s;
}

} // namespace casebench::corpustext
