// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "corpustext.h"

#include "model/libraryerror.h"
#include "storage/analysisrepository.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using corpustext::Random;
using corpustext::Theme;

/// A case being written: its record, history, text and where its passages sit.
struct Draft
{
    Case record;
    QList<Sanction> history;
    QString text;
    struct Span
    {
        FactorId factor;
        int start;
        int end;
    };
    QList<Span> spans;
};

class Writer
{
public:
    Writer(Library &library, const CorpusGenerator::Options &options);
    Draft draft(int index);

private:
    QStringList chooseFactors(const Theme &theme, Case &c, Random &random) const;
    void chooseSanction(Draft &d, const QStringList &factors, const Theme &theme,
                        Random &random) const;
    void writeText(Draft &d, const QStringList &factors, const Theme &theme,
                   const QString &tribunal, Random &random) const;

    const CorpusGenerator::Options &m_options;
    QHash<QString, Factor> m_factors;
    QStringList m_keys;
};

Writer::Writer(Library &library, const CorpusGenerator::Options &options) : m_options(options)
{
    const QList<Factor> factors = library.codebook().all();
    for (const Factor &f : factors) {
        m_factors.insert(f.key, f);
        m_keys.append(f.key);
    }
    for (const char16_t *key : {u"fact_proved", u"dishonesty", u"insight", u"proportionality"}) {
        if (!m_factors.contains(QString::fromUtf16(key))) {
            throw LibraryError(
                LibraryError::Kind::InvalidData,
                QCoreApplication::translate(
                    "casebench",
                    "The library %1 does not hold the default codebook, which synthetic cases are tagged with.")
                    .arg(library.path()));
        }
    }
}

QStringList Writer::chooseFactors(const Theme &theme, Case &c, Random &random) const
{
    QStringList keys;
    const bool proved = c.factsFinding != FactsFinding::NotProved;
    keys.append(proved ? u"fact_proved"_s : u"fact_not_proved"_s);
    if (c.factsFinding == FactsFinding::PartlyProved)
        keys.append(u"fact_not_proved"_s);
    if (proved && c.grounds.contains(StatutoryGround::Misconduct))
        keys.append(u"misconduct_found"_s);
    if (proved && c.grounds.contains(StatutoryGround::LackOfCompetence))
        keys.append(u"lack_of_competence_found"_s);
    if (c.impairment == ImpairmentFinding::Impaired) {
        keys.append(random.chance(0.6) ? u"impairment_public_protection"_s
                                       : u"impairment_public_interest"_s);
        if (random.chance(0.3))
            keys.append(u"impairment_public_interest"_s);
    } else {
        keys.append(u"no_current_impairment"_s);
    }
    for (const QString &key : theme.aggravating) {
        if (random.chance(0.7))
            keys.append(key);
    }
    for (const QString &key : m_keys) {
        const FactorCategory category = m_factors.value(key).category;
        const double p = category == FactorCategory::Aggravating  ? 0.06
                         : category == FactorCategory::Mitigating ? 0.15
                         : category == FactorCategory::InsightRemediation
                             ? (c.impairment == ImpairmentFinding::Impaired ? 0.15 : 0.4)
                         : category == FactorCategory::Context ? 0.1
                                                               : 0.0;
        if (random.chance(p))
            keys.append(key);
    }
    keys.removeDuplicates();
    return keys;
}

SanctionType available(SanctionType wanted, Regulator regulator)
{
    static const QList<SanctionType> ladder{SanctionType::NoFurtherAction,
                                            SanctionType::Advice,
                                            SanctionType::Warning,
                                            SanctionType::CautionOrder,
                                            SanctionType::ConditionsOfPractice,
                                            SanctionType::Suspension,
                                            SanctionType::StrikingOff};
    // The nearest order the regulator can make, looking down the ladder first.
    qsizetype at = ladder.indexOf(wanted);
    for (qsizetype i = at; i >= 0; --i) {
        if (sanctionladder::isAvailable(ladder.at(i), regulator))
            return ladder.at(i);
    }
    for (qsizetype i = at + 1; i < ladder.size(); ++i) {
        if (sanctionladder::isAvailable(ladder.at(i), regulator))
            return ladder.at(i);
    }
    return SanctionType::NoFurtherAction;
}

std::optional<int> duration(SanctionType type, Regulator regulator, Random &random)
{
    const sanctionladder::DurationRule rule = sanctionladder::durationRule(type, regulator);
    if (!rule.durationAllowed || (!rule.durationRequired && random.chance(0.5)))
        return std::nullopt;
    if (!rule.allowedMonths.isEmpty())
        return random.pick(rule.allowedMonths);
    QList<int> choices;
    for (int m : {3, 6, 9, 12, 18, 24, 36, 48, 60}) {
        if (m >= rule.minMonths && m <= rule.maxMonths)
            choices.append(m);
    }
    return choices.isEmpty() ? std::optional<int>(rule.maxMonths) : random.pick(choices);
}

void Writer::chooseSanction(Draft &d, const QStringList &factors, const Theme &theme,
                            Random &random) const
{
    const Case &c = d.record;
    double severity = theme.severity + (random.unit() - 0.5) * 1.2;
    for (const QString &key : factors) {
        const Factor &f = m_factors[key];
        if (f.category == FactorCategory::Aggravating)
            severity += 0.3;
        else if (f.category == FactorCategory::Mitigating
                 || f.category == FactorCategory::InsightRemediation)
            severity -= 0.25;
    }
    if (factors.contains(u"lack_of_insight"_s) || factors.contains(u"failure_to_engage"_s))
        severity += 0.5;
    SanctionType type = SanctionType::NoFurtherAction;
    if (c.impairment != ImpairmentFinding::Impaired)
        type = random.chance(0.5) ? SanctionType::NoFurtherAction : SanctionType::Advice;
    else if (severity < 0.9)
        type = SanctionType::CautionOrder;
    else if (severity < 1.7)
        type = SanctionType::ConditionsOfPractice;
    else if (severity < 2.5)
        type = SanctionType::Suspension;
    else
        type = SanctionType::StrikingOff;
    type = available(type, c.regulator);

    Sanction s;
    s.sequence = 0;
    s.outcome = ReviewOutcome::Imposed;
    s.type = type;
    s.durationMonths = duration(type, c.regulator, random);
    s.decidedOn = c.decisionDate;
    s.startDate = s.durationMonths ? c.decisionDate.addDays(28) : QDate();
    s.reviewHearing = type == SanctionType::ConditionsOfPractice
                      || type == SanctionType::Suspension;
    if (type == SanctionType::ConditionsOfPractice)
        s.conditions
            = u"Work under the supervision of a named supervisor and report on the %1 every three months."_s
                  .arg(theme.title);
    d.history.append(s);
    if (s.reviewHearing && s.durationMonths && random.chance(0.25)) {
        Sanction review = s;
        review.sequence = 1;
        review.decidedOn = s.startDate.addMonths(*s.durationMonths).addDays(-14);
        review.startDate = review.decidedOn.addDays(14);
        if (random.chance(0.2)
            && sanctionladder::isAvailable(SanctionType::StrikingOff, c.regulator)) {
            review.outcome = ReviewOutcome::Replaced;
            review.type = SanctionType::StrikingOff;
            review.durationMonths.reset();
            review.reviewHearing = false;
            review.conditions.clear();
        } else {
            review.outcome = random.chance(0.5) ? ReviewOutcome::Extended
                                                : ReviewOutcome::Confirmed;
            review.reviewHearing = random.chance(0.5);
        }
        d.history.append(review);
    }
}

void Writer::writeText(Draft &d, const QStringList &factors, const Theme &theme,
                       const QString &tribunal, Random &random) const
{
    const Case &c = d.record;
    // Most decisions are short; a few run to the full length.
    const double u = random.unit();
    const int pages = m_options.minPages
                      + static_cast<int>(std::floor(
                          (m_options.maxPages - m_options.minPages) * std::pow(u, 2.5) + 0.5));
    const int words = pages * m_options.wordsPerPage;
    QString &t = d.text;
    t.reserve(words * 7);
    int paragraph = 0;
    auto line = [&](const QString &text) { t += text + u"\n\n"_s; };
    auto filler = [&](int budget) {
        int written = 0;
        while (written < budget) {
            QString p = QString::number(++paragraph) + u". "_s;
            const int sentences = random.between(3, 7);
            for (int i = 0; i < sentences; ++i) {
                const QString s = corpustext::fillerSentence(theme, random);
                written += static_cast<int>(s.count(u' ')) + 1;
                p += s + u' ';
            }
            p.chop(1);
            line(p);
        }
    };
    auto tagged = [&](const QStringList &keys) {
        for (const QString &key : keys) {
            const QString sentence = corpustext::factorSentence(key, theme, random);
            const QString number = QString::number(++paragraph) + u". "_s;
            const int start = static_cast<int>(t.size() + number.size());
            d.spans.append({m_factors[key].id, start, start + static_cast<int>(sentence.size())});
            line(number + sentence + u' ' + corpustext::fillerSentence(theme, random));
        }
    };
    auto ofCategory = [&](std::initializer_list<FactorCategory> categories) {
        QStringList keys;
        for (const QString &key : factors) {
            if (std::find(categories.begin(), categories.end(), m_factors[key].category)
                != categories.end())
                keys.append(key);
        }
        return keys;
    };

    line(tribunal + u"\nFinal Hearing"_s);
    line(u"Registrant: %1\nProfession: %2\nReference: %3\nDate of decision: %4"_s.arg(
        c.registrant, c.profession, c.reference, c.decisionDate.toString(Qt::ISODate)));
    line(u"Allegation"_s);
    line(c.allegationSummary);
    line(u"Background"_s);
    filler(words * 25 / 100);
    line(u"Evidence"_s);
    filler(words * 35 / 100);
    line(u"Decision on facts"_s);
    tagged(ofCategory({FactorCategory::Finding}).filter(u"fact_"_s));
    filler(words * 12 / 100);
    line(u"Decision on grounds"_s);
    QStringList grounds = ofCategory({FactorCategory::Finding});
    grounds.removeIf(
        [](const QString &k) { return k.startsWith(u"fact_"_s) || k.contains(u"impair"_s); });
    tagged(grounds);
    filler(words * 6 / 100);
    line(u"Decision on impairment"_s);
    QStringList impairment = ofCategory({FactorCategory::Finding});
    impairment.removeIf([](const QString &k) { return !k.contains(u"impair"_s); });
    tagged(impairment);
    tagged(ofCategory({FactorCategory::InsightRemediation}));
    filler(words * 10 / 100);
    line(u"Decision on sanction"_s);
    tagged(ofCategory({FactorCategory::Aggravating}));
    tagged(ofCategory({FactorCategory::Mitigating, FactorCategory::Context}));
    filler(words * 12 / 100);
    line(u"Order"_s);
    line(u"The Panel directs that the Registrar record the following outcome: %1."_s.arg(
        sanctionladder::regulatorTerm(d.history.constLast().type, c.regulator)));
}

Draft Writer::draft(int index)
{
    // A generator of its own per case: case N is the same whatever the batch size.
    Random random(m_options.seed * 2654435761U + static_cast<quint32>(index) * 40503U + 17U);
    const Theme &theme = random.pick(corpustext::themes());
    const corpustext::Register &reg = random.pick(corpustext::registers());
    Draft d;
    Case &c = d.record;
    c.reference = u"GEN-%1"_s.arg(index + 1, 6, 10, QChar(u'0'));
    c.regulator = reg.regulator;
    c.profession = random.pick(reg.professions);
    c.title = u"%1: %2"_s.arg(c.profession, theme.title);
    c.registrant = corpustext::personName(random);
    c.decisionDate = QDate(random.between(2012, 2025), random.between(1, 12),
                           random.between(1, 28));
    c.hearingDate = c.decisionDate.addDays(-random.between(0, 4));
    c.hearingType = HearingType::Final;
    c.allegationSummary = u"The registrant %1."_s.arg(
        theme.allegation.arg(corpustext::placeName(random)));
    const double f = random.unit();
    c.factsFinding = f < 0.85   ? FactsFinding::Proved
                     : f < 0.97 ? FactsFinding::PartlyProved
                                : FactsFinding::NotProved;
    c.grounds = {theme.ground};
    if (theme.ground == StatutoryGround::LackOfCompetence && random.chance(0.3))
        c.grounds.prepend(StatutoryGround::Misconduct);
    c.impairment = c.factsFinding == FactsFinding::NotProved || random.chance(0.12)
                       ? ImpairmentFinding::NotImpaired
                       : ImpairmentFinding::Impaired;
    c.role = CaseRole::Precedent;
    const QStringList factors = chooseFactors(theme, c, random);
    chooseSanction(d, factors, theme, random);
    writeText(d, factors, theme, reg.tribunal, random);
    return d;
}

void write(Library &library, Draft &d)
{
    d.record = library.cases().add(d.record);
    for (Sanction &s : d.history) {
        s.caseId = d.record.id;
        library.sanctions().add(s);
    }
    Document doc;
    doc.caseId = d.record.id;
    doc.kind = DocumentKind::Decision;
    doc.title = u"Final hearing decision"_s;
    doc.sourceFileName = u"generated"_s;
    doc.text = d.text;
    doc.date = d.record.decisionDate;
    doc = library.documents().add(doc);
    for (const Draft::Span &span : std::as_const(d.spans)) {
        Passage p = Passage::fromSpan(doc.text, doc.id, span.factor, span.start, span.end);
        p.author = u"Corpus generator"_s;
        library.passages().add(p);
    }
}

} // namespace

void CorpusGenerator::populate(Library &library, const Options &options, const Progress &progress)
{
    Writer writer(library, options);
    const int batch = std::max(1, options.casesPerTransaction);
    for (int first = 0; first < options.cases; first += batch) {
        Transaction transaction(library);
        const int last = std::min(options.cases, first + batch);
        for (int i = first; i < last; ++i) {
            Draft d = writer.draft(i);
            write(library, d);
        }
        transaction.commit();
        if (progress && !progress(last, options.cases))
            return;
    }
    library.analysis().refreshStatistics();
}

std::unique_ptr<Library> CorpusGenerator::create(const QString &path, const Options &options,
                                                 const Progress &progress)
{
    auto library = Library::create(path);
    populate(*library, options, progress);
    return library;
}

} // namespace casebench
