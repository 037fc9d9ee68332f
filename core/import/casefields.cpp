// SPDX-License-Identifier: GPL-3.0-or-later
// Regulator, profession, reference, dates and kind of hearing.
#include "metadatacontext.h"
#include "phrases.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace casebench::detail {

namespace {

struct RegulatorName
{
    const char16_t *pattern;
    Regulator regulator;
    int weight;
    bool caseSensitive;
};

// Full names and the statutes each regulator's panels cite weigh more than acronyms.
constexpr RegulatorName regulatorNames[] = {
    {u"Health and Care Professions (?:Tribunal Service|Council)|Health Professions Order 2001",
     Regulator::Hcpc, 3, false},
    {u"\\bHCPTS\\b|\\bHCPC\\b", Regulator::Hcpc, 1, true},
    {u"Social Work England|Social Workers Regulations 2018", Regulator::SocialWorkEngland, 3,
     false},
    {u"Nursing and Midwifery (?:Council|Order 2001)", Regulator::Nmc, 3, false},
    {u"\\bNMC\\b", Regulator::Nmc, 1, true},
    {u"Medical Practitioners Tribunal Service|General Medical Council|Medical Act 1983",
     Regulator::Gmc, 3, false},
    {u"\\bMPTS\\b|\\bGMC\\b", Regulator::Gmc, 1, true},
    {u"General Dental Council|Dentists Act 1984", Regulator::Gdc, 3, false},
    {u"\\bGDC\\b", Regulator::Gdc, 1, true},
    {u"General Optical Council|Opticians Act 1989", Regulator::Goc, 3, false},
    {u"\\bGOC\\b", Regulator::Goc, 1, true},
    {u"General Pharmaceutical Council|Pharmacy Order 2010", Regulator::Gphc, 3, false},
    {u"\\bGPhC\\b", Regulator::Gphc, 1, true},
    {u"General Osteopathic Council|Osteopaths Act 1993", Regulator::Gosc, 3, false},
    {u"\\bGOsC\\b", Regulator::Gosc, 1, true},
};

struct ProfessionName
{
    const char16_t *pattern;
    const char *profession; ///< as in professions::known(), or a free-text profession
    Regulator regulator;
};

constexpr ProfessionName professionNames[] = {
    {u"social workers?", "Social worker", Regulator::SocialWorkEngland},
    {u"nursing associates?", "Nursing associate", Regulator::Nmc},
    {u"dental nurses?", "Dental nurse", Regulator::Gdc},
    {u"dental (?:hygienist|therapist|technician)s?|orthodontic therapists?",
     "Dental care professional", Regulator::Gdc},
    {u"(?:registered )?nurses?|nursing", "Nurse", Regulator::Nmc},
    {u"midwi(?:fe|ves)", "Midwife", Regulator::Nmc},
    {u"doctors?|medical practitioners?", "Doctor", Regulator::Gmc},
    {u"dentists?", "Dentist", Regulator::Gdc},
    {u"pharmacy technicians?", "Pharmacy technician", Regulator::Gphc},
    {u"pharmacists?", "Pharmacist", Regulator::Gphc},
    {u"optometrists?", "Optometrist", Regulator::Goc},
    {u"dispensing opticians?", "Dispensing optician", Regulator::Goc},
    {u"osteopaths?", "Osteopath", Regulator::Gosc},
    {u"paramedics?", "Paramedic", Regulator::Hcpc},
    {u"physiotherapists?", "Physiotherapist", Regulator::Hcpc},
    {u"occupational therapists?", "Occupational therapist", Regulator::Hcpc},
    {u"radiographers?", "Radiographer", Regulator::Hcpc},
    {u"biomedical scientists?", "Biomedical scientist", Regulator::Hcpc},
    {u"operating department practitioners?", "Operating department practitioner", Regulator::Hcpc},
    {u"(?:practitioner|clinical|counselling|forensic|educational|health|occupational|sport and exercise) psychologists?",
     "Practitioner psychologist", Regulator::Hcpc},
    {u"speech and language therapists?", "Speech and language therapist", Regulator::Hcpc},
    {u"dietitians?|dieticians?", "Dietitian", Regulator::Hcpc},
    {u"chiropodists?|podiatrists?", "Chiropodist / podiatrist", Regulator::Hcpc},
    {u"hearing aid dispensers?", "Hearing aid dispenser", Regulator::Hcpc},
    {u"(?:arts?|music|drama) therapists?", "Arts therapist", Regulator::Hcpc},
    {u"clinical scientists?", "Clinical scientist", Regulator::Hcpc},
    {u"orthoptists?", "Orthoptist", Regulator::Hcpc},
    {u"prosthetists?|orthotists?", "Prosthetist / orthotist", Regulator::Hcpc},
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::casefields)
};

std::optional<Suggestion<Regulator>> findRegulator(const MetadataContext &context)
{
    QHash<Regulator, int> scores;
    QHash<Regulator, std::pair<int, int>> firstSeen;
    for (const RegulatorName &name : regulatorNames) {
        const QRegularExpression re = ci(QString::fromUtf16(name.pattern), !name.caseSensitive);
        QRegularExpressionMatchIterator it = re.globalMatch(context.flat());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int start = static_cast<int>(m.capturedStart(0));
            scores[name.regulator] += name.weight * (start < 3000 ? 2 : 1);
            if (!firstSeen.contains(name.regulator)
                || firstSeen.value(name.regulator).first > start)
                firstSeen.insert(name.regulator, {start, static_cast<int>(m.capturedEnd(0))});
        }
    }
    std::optional<Suggestion<Regulator>> best;
    int bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it.value() > bestScore) {
            bestScore = it.value();
            const auto [start, end] = firstSeen.value(it.key());
            best = Suggestion<Regulator>{it.key(), start, end};
        }
    }
    return best;
}

std::optional<std::pair<const ProfessionName *, Suggestion<QString>>> professionIn(QStringView text,
                                                                                   int offset)
{
    for (const ProfessionName &name : professionNames) {
        const QRegularExpression re = ci(u"\\b(?:"_s + QString::fromUtf16(name.pattern)
                                         + u")\\b"_s);
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch())
            return std::make_pair(&name, *suggestAt(Tr::tr(name.profession), m, offset));
    }
    return std::nullopt;
}

std::optional<std::pair<const ProfessionName *, Suggestion<QString>>> findProfession(
    const MetadataContext &context)
{
    static const QStringList labels{u"Part(s) of the register"_s,
                                    u"Part of the register"_s,
                                    u"Profession"_s,
                                    u"Professional status"_s,
                                    u"Registrant's profession"_s,
                                    u"Register"_s,
                                    u"Registered as"_s,
                                    u"Occupation"_s};
    if (const auto f = context.field(labels)) {
        if (auto found = professionIn(context.view(f->start, f->end), f->start))
            return found;
    }
    if (const auto f = context.field({u"Social worker"_s})) {
        // SWE's title block labels the registrant "Social worker:"; the label is the evidence.
        auto found = professionIn(u"social worker", 0);
        const qsizetype paragraph = context.outline().paragraphAt(f->start);
        found->second.start = paragraph >= 0 ? context.outline().paragraphs().at(paragraph).start
                                             : f->start;
        found->second.end = f->start;
        return found;
    }
    // "As a registered Radiographer", "a registered nurse".
    static const QRegularExpression registered = ci(
        u"\\b(?:as an?|an?) registered ((?:[A-Za-z]+ ){0,3}[A-Za-z]+)"_s);
    QRegularExpressionMatchIterator it = registered.globalMatch(context.flat().left(20000));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (auto found = professionIn(m.capturedView(1), static_cast<int>(m.capturedStart(1))))
            return found;
    }
    // "Mrs Smith, a dentist, …", "Mr Jones is an optometrist", "worked as a pharmacist".
    static const QRegularExpression described = ci(
        u"(?:,|\\bis|\\bwas|\\bworked as|\\bemployed as|\\bpractises as|\\bpractising as) an? ((?:[A-Za-z]+ ){0,2}[A-Za-z]+)(?=[,.;)]| (?:who|and|at|in|with|since|from|registered)\\b)"_s);
    QRegularExpressionMatchIterator describedIt = described.globalMatch(context.flat().left(20000));
    while (describedIt.hasNext()) {
        const QRegularExpressionMatch m = describedIt.next();
        if (auto found = professionIn(m.capturedView(1), static_cast<int>(m.capturedStart(1))))
            return found;
    }
    return std::nullopt;
}

/// The registration number's shape: "SW12345", "12A3456E", "01-23456", "RA12345", "2075118".
const QString &registrationToken()
{
    static const QString token
        = u"(?<![\\w-])((?:[A-Z]{1,3}-?)?\\d[\\dA-Z]*(?:-\\d+)*)(?![\\w-])"_s;
    return token;
}

/// The registrant's registration number, NMC PIN or GMC/GDC number: a labelled field, a PIN on
/// the name's line, a number in brackets after the name or the profession, an SWE number.
std::optional<Suggestion<QString>> findRegistrationNumber(const MetadataContext &context)
{
    static const QStringList labels{u"Registration number"_s,
                                    u"Registration no"_s,
                                    u"Registration no."_s,
                                    u"Registration"_s,
                                    u"Registration (PIN)"_s,
                                    u"Registrant number"_s,
                                    u"Registrant's registration number"_s,
                                    u"Reg. no"_s,
                                    u"Reg no"_s,
                                    u"NMC PIN"_s,
                                    u"NMC Pin number"_s,
                                    u"PIN"_s,
                                    u"PIN number"_s,
                                    u"GMC reference number"_s,
                                    u"GMC number"_s,
                                    u"GMC reference"_s,
                                    u"GDC number"_s,
                                    u"GDC registration number"_s,
                                    u"GPhC registration number"_s,
                                    u"GOC registration number"_s};
    static const QRegularExpression token(registrationToken());
    for (const OutlineField &f : context.outline().fields()) {
        if (!labels.contains(f.label.simplified(), Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch m = token.match(context.view(f.start, f.end));
        if (m.hasMatch() && m.capturedLength(1) >= 3)
            return Suggestion<QString>{m.captured(1),
                                       f.start + static_cast<int>(m.capturedStart(1)),
                                       f.start + static_cast<int>(m.capturedEnd(1))};
    }
    const QStringView front = QStringView(context.flat()).left(5000);
    static const QList<QRegularExpression> patterns{
        // "Name: Mrs Jane Smith   PIN: 12A3456E", "Registration number 01-23456".
        ci(u"\\b(?:NMC )?PIN(?: number)?\\s*[:\\-–]?\\s*(\\d{2}[A-Z]\\d{4}[A-Z])\\b"_s, false),
        ci(u"\\bRegistration (?:number|no\\.?)\\s*[:\\-–]?\\s*"_s + registrationToken(), false),
        // "Jane Smith (01-23456)", "a registered Paramedic (PA12345)".
        QRegularExpression(
            u"\\(\\s*((?:[A-Z]{2}\\d{4,7})|(?:\\d{2}-\\d{4,6})|(?:\\d{2}[A-Z]\\d{4}[A-Z]))\\s*\\)"_s),
        // An NMC PIN or a Social Work England number on its own.
        QRegularExpression(u"\\b(\\d{2}[A-Z]\\d{4}[A-Z])\\b"_s),
        QRegularExpression(u"\\b(SW\\d{3,6})\\b"_s),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(front);
        if (m.hasMatch())
            return Suggestion<QString>{m.captured(1), static_cast<int>(m.capturedStart(1)),
                                       static_cast<int>(m.capturedEnd(1))};
    }
    return std::nullopt;
}

/// True when `value` holds `number` as a whole token ("1781/3278" holds "3278").
bool holdsNumber(const QString &value, const QString &number)
{
    if (number.isEmpty())
        return false;
    const QRegularExpression re(u"(?<![\\w-])"_s + QRegularExpression::escape(number)
                                + u"(?![\\w-])"_s);
    return re.match(value).hasMatch();
}

/// The case's number: a case reference field, or the GOC's number alone on a line. Never a
/// value that holds the registration number (that names the person, not the case).
std::optional<Suggestion<QString>> findReference(const MetadataContext &context,
                                                 const QString &registrationNumber)
{
    static const QStringList caseLabels{u"Case number"_s,
                                        u"Case reference"_s,
                                        u"Case ref"_s,
                                        u"Case ref."_s,
                                        u"Case no"_s,
                                        u"Case No."_s,
                                        u"Case"_s,
                                        u"Reference"_s,
                                        u"Our reference"_s,
                                        u"Reference number"_s,
                                        u"Hearing reference"_s,
                                        u"Case ID"_s,
                                        u"Case reference number"_s};
    static const QRegularExpression digit(u"\\d"_s);
    for (const OutlineField &f : context.outline().fields()) {
        if (!caseLabels.contains(f.label.simplified(), Qt::CaseInsensitive))
            continue;
        const QString value = f.value.simplified();
        if (value.isEmpty() || value.size() > 40 || !digit.match(value).hasMatch())
            continue;
        if (holdsNumber(value, registrationNumber))
            continue;
        return Suggestion<QString>{value, f.start, f.end};
    }
    // The GOC heads its determinations with its case number alone on a line: "F(24)20".
    static const QRegularExpression gocCase(
        u"(?:^|\\s)([A-Z]{1,3}\\(\\d{2}\\)\\d{1,4})(?=\\s|$)"_s);
    for (const auto &[start, end] : context.frontSpans(true)) {
        const QRegularExpressionMatch m = gocCase.match(context.view(start, end));
        if (m.hasMatch())
            return Suggestion<QString>{m.captured(1), start + static_cast<int>(m.capturedStart(1)),
                                       start + static_cast<int>(m.capturedEnd(1))};
    }
    return std::nullopt;
}

void findDates(const MetadataContext &context, MetadataSuggestions &result)
{
    static const QStringList hearingLabels{u"Date of hearing"_s,
                                           u"Dates of hearing"_s,
                                           u"Hearing date"_s,
                                           u"Hearing dates"_s,
                                           u"Date(s) of hearing"_s,
                                           u"Date of meeting"_s,
                                           u"Dates of meeting"_s,
                                           u"Meeting date"_s,
                                           u"Date"_s,
                                           u"Dates"_s};
    static const QStringList decisionLabels{u"Date of decision"_s, u"Decision date"_s,
                                            u"Date of determination"_s};
    std::optional<phrases::DateSpan> hearing;
    int offset = 0;
    if (const auto f = context.field(hearingLabels)) {
        const auto dates = phrases::findDates(context.view(f->start, f->end));
        if (!dates.isEmpty()) {
            hearing = dates.first();
            offset = f->start;
        }
    }
    for (const auto &[start, end] : context.frontSpans(false)) {
        if (hearing)
            break;
        const auto dates = phrases::findDates(context.view(start, end));
        if (!dates.isEmpty()) {
            hearing = dates.first();
            offset = start;
        }
    }
    if (hearing) {
        const int start = offset + static_cast<int>(hearing->start);
        const int end = start + static_cast<int>(hearing->length);
        result.hearingDate = Suggestion<QDate>{hearing->first, start, end};
        result.decisionDate = Suggestion<QDate>{hearing->last, start, end};
    }
    if (const auto f = context.field(decisionLabels)) {
        const auto dates = phrases::findDates(context.view(f->start, f->end));
        if (!dates.isEmpty()) {
            const int start = f->start + static_cast<int>(dates.first().start);
            result.decisionDate = Suggestion<QDate>{dates.first().first, start,
                                                    start + static_cast<int>(dates.first().length)};
        }
    }
}

std::optional<Suggestion<HearingType>> findHearingType(const MetadataContext &context)
{
    static const QList<std::pair<QRegularExpression, HearingType>> titles{
        {ci(u"\\binterim orders? (?:hearing|review|application|meeting|panel)|\\bnew interim order\\b"
            u"|\\bapplication for an interim order\\b|\\binterim order being reviewed\\b"_s),
         HearingType::InterimOrder},
        {ci(u"\\brestoration\\b"_s), HearingType::Restoration},
        // An agreed or voluntary removal disposes of the case finally, without a hearing.
        {ci(u"\\b(?:agreed|voluntary) removal (?:meeting|hearing|application)\\b"_s),
         HearingType::Final},
        {ci(u"\\breview (?:hearing|meeting)\\b|\\border review\\b|\\bsubstantive review\\b|\\border being reviewed\\b"
            u"|\\breview of (?:a |an |the )?(?:final |substantive )?(?:suspension|conditions|conditional|caution|warning|substantive|final)\\b"_s),
         HearingType::Review},
        {ci(u"\\bfinal (?:hearing|meeting)\\b|\\bsubstantive (?:hearing|meeting)\\b|\\bprincipal hearing\\b"
            u"|\\bfitness to practise (?:hearing|meeting)\\b|\\bfinal order hearing\\b"_s),
         HearingType::Final},
    };
    for (const auto &[re, type] : titles) {
        for (const auto &[start, end] : context.frontSpans(false)) {
            if (auto s = suggestAt(type, re.match(context.view(start, end)), start))
                return s;
        }
    }
    // Pages without a title block (HCPTS): what the order section says, then what stages exist.
    static const QRegularExpression interim = ci(
        u"\\bon an interim basis\\b|\\binterim order\\b|\\binterim (?:conditions|suspension)\\b"_s);
    static const QRegularExpression review = ci(
        u"\\bthis (?:is|was) (?:the |a )?(?:\\w+ )?review\\b"_s);
    for (const Sentence &s : context.sentences()) {
        if (s.stage == DecisionStage::Order || s.stage == DecisionStage::FrontMatter) {
            if (auto found = suggestAt(HearingType::InterimOrder, interim.match(context.view(s)),
                                       s.start))
                return found;
        }
        if (auto found = suggestAt(HearingType::Review, review.match(context.view(s)), s.start))
            return found;
    }
    for (const OutlineParagraph &p : context.outline().paragraphs()) {
        const bool finalStage = p.stage == DecisionStage::Allegation
                                || p.stage == DecisionStage::Facts;
        if (p.opensStage && finalStage)
            return Suggestion<HearingType>{HearingType::Final, p.start, p.end};
    }
    return std::nullopt;
}

/// "SMITH" → "Smith", "O'NEILL-JONES" → "O'Neill-Jones"; a word with a small letter is kept.
QString titleCaseWord(const QString &word)
{
    if (word != word.toUpper())
        return word;
    QString out = word.toLower();
    bool wordStart = true;
    for (QChar &c : out) {
        if (wordStart && c.isLetter()) {
            c = c.toUpper();
            wordStart = false;
        } else if (c == u'-' || c == u'\'' || c == u'’') {
            wordStart = true;
        }
    }
    return out;
}

QString titleCaseWords(const QString &words)
{
    QStringList parts = words.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = titleCaseWord(part);
    return parts.join(u' ');
}

/// Words that are never part of a registrant's name ("Registrant: Present", "Name: Not
/// represented", "Social worker: Remote hearing").
bool holdsNonNameWord(const QString &name)
{
    static const QRegularExpression word(
        uR"(\b(?:present|absent|not|represented|unrepresented|attended|attending|none|n/a|yes|no|registrant|council|committee|panel|hearing|meeting|order|interim|suspension|conditions|removal|striking|fitness|practise|practice|register|registered|registration|social|work|england|dental|general|tribunal|service|private|public|remote|virtual|chair|lay|member|legal|adviser|advisor|assessor|secretary|case|counsel|solicitor|number|pin|date|misconduct|impaired|the|and|of|for|by|on|in|professional|conduct|health|determination|decision|review|substantive|final|outcome|sanction|nursing|midwifery|pharmaceutical|optical|osteopathic|professions|care)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return word.match(name).hasMatch();
}

/// A registrant's name as a decision writes it, without what follows it: "Mrs Jane Smith (PIN
/// 12A3456E)" → "Mrs Jane Smith", "SMITH, Jane Ann" → "Jane Ann Smith", "JANE SMITH" → "Jane
/// Smith". Nothing for a value that is no name (digits, a sentence, "Present").
std::optional<QString> personName(QStringView value)
{
    QString text = value.toString().simplified();
    // What follows the name on its line: "PIN: …", "Registration number …", "(01-23456)".
    static const QRegularExpression tail(
        uR"(\s*(?:\b(?:NMC\s+)?PIN\b|\bRegistration\b|:\s*\d|\(\s*\d|\(\s*[A-Z]{2}\d).*$)"_s);
    text.remove(tail);
    static const QRegularExpression surnameFirst(
        uR"(^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s*,\s*((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})\s*$)"_s);
    if (const QRegularExpressionMatch m = surnameFirst.match(text); m.hasMatch())
        text = titleCaseWords(m.captured(2)) + u' ' + titleCaseWords(m.captured(1));
    static const QRegularExpression name(
        uR"(^((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})\s*(?:$|[(,;–—]|\s-\s))"_s);
    const QRegularExpressionMatch m = name.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString found = m.captured(1).simplified();
    if (found.size() < 3 || holdsNonNameWord(found))
        return std::nullopt;
    if (found == found.toUpper())
        found = titleCaseWords(found);
    return found;
}

/// A panel member's or adviser's role beside their name: "(Chair)", "(Lay member)", "Legal
/// Assessor". Such a name is never the registrant's.
const QRegularExpression &panelRole()
{
    static const QRegularExpression role(
        u"\\((?:[^)]*\\b(?:Chair|member|Member|Lay|lay)\\b[^)]*)\\)|\\b(?:Legal (?:Assessor|Adviser|Advisor)|Case Presenter|Hearings? (?:Officer|Coordinator)|Committee Secretary)\\b"_s);
    return role;
}

/// A name of two words or more (a single word is a surname at best, or no name at all).
std::optional<QString> fullName(QStringView value)
{
    auto found = personName(value);
    if (found && !found->contains(u' '))
        return std::nullopt;
    return found;
}

/// The registrant named by the title block: "Registrant: …", "Name of registrant: …", the
/// profession as the label ("Social worker: …", "Nurse: …"), "Name: SMITH, Jane", a name labelled
/// with its PIN ("Jane Smith: 12A3456E"); then the heading ("In the matter of …", "… v Social Work
/// England", the name after "AND"); then the order ("suspend the registration of Jane Smith").
std::optional<Suggestion<QString>> findRegistrant(const MetadataContext &context)
{
    static const QStringList labels{u"Registrant"_s,
                                    u"Registrant's name"_s,
                                    u"Registrant’s name"_s,
                                    u"Registrant name"_s,
                                    u"Name of registrant"_s,
                                    u"Name of the registrant"_s,
                                    u"Social worker"_s,
                                    u"Name of social worker"_s,
                                    u"Nurse"_s,
                                    u"Registrant nurse"_s,
                                    u"Midwife"_s,
                                    u"Nursing associate"_s,
                                    u"Doctor"_s,
                                    u"Dentist"_s,
                                    u"Pharmacist"_s,
                                    u"Practitioner"_s,
                                    u"Name of practitioner"_s,
                                    u"Registrant's full name"_s,
                                    u"Name"_s,
                                    u"Full name"_s,
                                    u"In the matter of"_s,
                                    u"In the case of"_s};
    static const QRegularExpression pinShape(u"^\\s*\\d{2}[A-Z]\\d{4}[A-Z]\\s*$"_s);
    for (const OutlineField &f : context.outline().fields()) {
        if (f.start > 6000)
            break;
        const QString label = f.label.simplified();
        if (labels.contains(label, Qt::CaseInsensitive)) {
            if (panelRole().match(f.value).hasMatch())
                continue;
            if (const auto found = personName(f.value))
                return Suggestion<QString>{*found, f.start, f.end};
            continue;
        }
        // "Jane Smith: 12A3456E": the name is the label.
        if (pinShape.match(f.value).hasMatch()) {
            if (const auto found = fullName(label)) {
                const qsizetype at = context.flat().lastIndexOf(label, f.start);
                if (at >= 0)
                    return Suggestion<QString>{*found, static_cast<int>(at),
                                               static_cast<int>(at + label.size())};
            }
        }
    }

    // The heading, line by line.
    const QString &text = context.text();
    const int limit = static_cast<int>(std::min<qsizetype>(text.size(), 5000));
    struct Line
    {
        int start;
        int end;
    };
    QList<Line> lines;
    for (int at = 0; at < limit && lines.size() < 80;) {
        int next = static_cast<int>(text.indexOf(u'\n', at));
        if (next < 0 || next > limit)
            next = limit;
        lines.append({at, next});
        at = next + 1;
    }
    const auto lineText = [&text](const Line &l) {
        return QStringView(text).sliced(l.start, l.end - l.start);
    };
    const auto nextNonEmpty = [&](qsizetype i) -> qsizetype {
        for (qsizetype j = i + 1; j < lines.size() && j <= i + 3; ++j) {
            if (!lineText(lines.at(j)).trimmed().isEmpty())
                return j;
        }
        return -1;
    };
    const auto suggestFrom = [&](const Line &l, int offset,
                                 int length) -> std::optional<Suggestion<QString>> {
        const QStringView candidate = QStringView(text).sliced(l.start + offset, length);
        if (panelRole().match(candidate).hasMatch())
            return std::nullopt;
        if (const auto found = fullName(candidate))
            return Suggestion<QString>{*found, l.start + offset, l.start + offset + length};
        return std::nullopt;
    };
    static const QRegularExpression matterOf(
        u"^\\s*in the (?:matter|case) of\\s*:?\\s*(.*?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression versus(
        u"^\\s*(.+?)\\s+v\\.?\\s+(?:Social Work England|the [A-Z][A-Za-z ]+Council|(?:NMC|HCPC|GDC|GOC|GPhC|GOsC|GMC))\\s*$"_s);
    static const QRegularExpression versusAfter(
        u"^\\s*(?:Social Work England|the [A-Z][A-Za-z ]+Council|[A-Z][A-Za-z ]+Council|NMC|HCPC|GDC|GOC|GPhC|GOsC|GMC)\\s+v\\.?\\s+(.+?)\\s*$"_s);
    static const QRegularExpression andLine(u"^\\s*(?:AND|and|-v-|v)\\s*$"_s);
    static const QRegularExpression dashName(
        u"^\\s*.*\\b(?:Committee|Hearing|Meeting)\\s+[-–—]\\s+(.+?)\\s*$"_s);
    // A labelled name on a line the outline did not take for a field ("Name: Mr Jo Bloggs
    // PIN: 12A3456E" among lines of text).
    static const QRegularExpression labelled(
        u"^\\s*(?:Name|Full name|Registrant(?:'s|’s)? name|Name of (?:the )?registrant)\\s*:\\s*(\\S.*?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        const QStringView line = lineText(l);
        if (const QRegularExpressionMatch m = labelled.match(line); m.hasMatch()) {
            if (auto s = suggestFrom(l, static_cast<int>(m.capturedStart(1)),
                                     static_cast<int>(m.capturedLength(1))))
                return s;
        }
        if (const QRegularExpressionMatch m = matterOf.match(line); m.hasMatch()) {
            if (m.capturedLength(1) > 0) {
                if (auto s = suggestFrom(l, static_cast<int>(m.capturedStart(1)),
                                         static_cast<int>(m.capturedLength(1))))
                    return s;
            } else if (const qsizetype j = nextNonEmpty(i); j >= 0) {
                const Line &n = lines.at(j);
                if (auto s = suggestFrom(n, 0, n.end - n.start))
                    return s;
            }
        }
        for (const QRegularExpression *re : {&versus, &versusAfter, &dashName}) {
            if (const QRegularExpressionMatch m = re->match(line); m.hasMatch()) {
                if (auto s = suggestFrom(l, static_cast<int>(m.capturedStart(1)),
                                         static_cast<int>(m.capturedLength(1))))
                    return s;
            }
        }
        if (andLine.match(line).hasMatch()) {
            if (const qsizetype j = nextNonEmpty(i); j >= 0) {
                const Line &n = lines.at(j);
                if (auto s = suggestFrom(n, 0, n.end - n.start))
                    return s;
            }
        }
    }

    // The order: "suspend the registration of Jane Smith on an interim basis", "strike the name
    // of Jane Smith off the Register".
    static const QRegularExpression ofName = ci(
        uR"(\b(?:registration|name) of ((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}) (?:on|for|from|off|is|be|with|by|to)\b)"_s,
        false);
    QRegularExpressionMatchIterator it = ofName.globalMatch(context.flat());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (const auto found = fullName(m.capturedView(1)))
            return Suggestion<QString>{*found, static_cast<int>(m.capturedStart(1)),
                                       static_cast<int>(m.capturedEnd(1))};
    }
    return std::nullopt;
}

} // namespace

void suggestCaseFields(MetadataContext &context, MetadataSuggestions &result)
{
    result.registrant = findRegistrant(context);
    result.regulator = findRegulator(context);
    const auto profession = findProfession(context);
    if (profession)
        result.profession = profession->second;
    if (!result.regulator
        && profession) // a page that names no regulator: "As a registered Radiographer"
        result.regulator = Suggestion<Regulator>{profession->first->regulator,
                                                 profession->second.start, profession->second.end};
    if (!result.profession && result.regulator) {
        const Regulator r = result.regulator->value;
        if (r == Regulator::SocialWorkEngland || r == Regulator::Gosc) {
            result.profession = Suggestion<QString>{
                Tr::tr(r == Regulator::Gosc ? "Osteopath" : "Social worker"),
                result.regulator->start, result.regulator->end};
        }
    }
    if (result.regulator)
        context.regulator = result.regulator->value;
    result.registrationNumber = findRegistrationNumber(context);
    result.reference = findReference(
        context, result.registrationNumber ? result.registrationNumber->value : QString());
    findDates(context, result);
    result.hearingType = findHearingType(context);
    if (result.hearingType)
        context.hearing = result.hearingType->value;
}

} // namespace casebench::detail
