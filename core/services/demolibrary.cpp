// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolibrary.h"

#include "model/casereference.h"
#include "model/libraryerror.h"
#include "model/validation.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casebench::demolibrary {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::demolibrary)
};

/// Reads demo JSON and writes it through the repositories; every problem names the case.
class Loader
{
public:
    Loader(Library &library, QString sourceName)
        : m_library(library), m_source(std::move(sourceName))
    {}

    void load(const QJsonObject &c);

private:
    [[noreturn]] void fail(const QString &problem) const
    {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("The demo data %1 is invalid: case %2: %3.")
                               .arg(m_source, m_reference, problem));
    }

    template <typename E>
    E required(const QJsonObject &o, const QString &field) const
    {
        const QString value = o.value(field).toString();
        const auto parsed = enumFromIdentifier<E>(value);
        if (!parsed)
            fail(Tr::tr("“%1” is not a valid %2").arg(value, field));
        return *parsed;
    }

    QDate date(const QJsonObject &o, const QString &field) const
    {
        const QJsonValue v = o.value(field);
        if (v.isNull() || v.isUndefined())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(Tr::tr("%1 “%2” is not a date").arg(field, v.toString()));
        return d;
    }

    Case parseCase(const QJsonObject &o) const;
    QList<Sanction> parseSanctions(const QJsonArray &array, CaseId caseId) const;
    void addDocument(const QJsonObject &o, CaseId caseId);

    Library &m_library;
    QString m_source;
    QString m_reference;
};

Case Loader::parseCase(const QJsonObject &o) const
{
    Case c;
    c.reference = m_reference;
    c.title = o.value(u"title"_s).toString();
    c.regulator = required<Regulator>(o, u"regulator"_s);
    c.profession = o.value(u"profession"_s).toString();
    c.registrant = o.value(u"registrant"_s).toString();
    c.hearingType = required<HearingType>(o, u"hearing_type"_s);
    c.hearingDate = date(o, u"hearing_date"_s);
    c.decisionDate = date(o, u"decision_date"_s);
    c.allegationSummary = o.value(u"allegation_summary"_s).toString();
    c.factsFinding = required<FactsFinding>(o, u"facts"_s);
    for (const QJsonValue &g : o.value(u"grounds"_s).toArray()) {
        const auto ground = enumFromIdentifier<StatutoryGround>(g.toString());
        if (!ground)
            fail(Tr::tr("“%1” is not a statutory ground").arg(g.toString()));
        c.grounds.append(*ground);
    }
    c.impairment = required<ImpairmentFinding>(o, u"impairment"_s);
    c.role = required<CaseRole>(o, u"role"_s);
    c.notes = o.value(u"notes"_s).toString();
    return c;
}

QList<Sanction> Loader::parseSanctions(const QJsonArray &array, CaseId caseId) const
{
    QList<Sanction> history;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Sanction s;
        s.caseId = caseId;
        s.sequence = static_cast<int>(history.size());
        s.outcome = required<ReviewOutcome>(o, u"outcome"_s);
        s.type = required<SanctionType>(o, u"type"_s);
        if (o.value(u"months"_s).isDouble())
            s.durationMonths = o.value(u"months"_s).toInt();
        s.decidedOn = date(o, u"decided_on"_s);
        s.startDate = date(o, u"start_date"_s);
        s.reviewHearing = o.value(u"review_hearing"_s).toBool();
        s.conditions = o.value(u"conditions"_s).toString();
        history.append(s);
    }
    return history;
}

void Loader::addDocument(const QJsonObject &o, CaseId caseId)
{
    Document d;
    d.caseId = caseId;
    d.kind = required<DocumentKind>(o, u"kind"_s);
    d.title = o.value(u"title"_s).toString();
    d.text = o.value(u"text"_s).toString();
    d.date = date(o, u"date"_s);
    d.sourceFileName = u"demo"_s;
    d.contentHash = Document::hashOfText(d.text);
    d = m_library.documents().add(d);

    for (const QJsonValue &value : o.value(u"passages"_s).toArray()) {
        const QJsonObject p = value.toObject();
        const QString key = p.value(u"factor"_s).toString();
        const auto factor = m_library.codebook().findByKey(key);
        if (!factor)
            fail(Tr::tr("the factor “%1” is not in the codebook").arg(key));
        const QString quote = p.value(u"quote"_s).toString();
        const qsizetype at = quote.isEmpty() ? -1 : d.text.indexOf(quote);
        if (at < 0)
            fail(Tr::tr("the quote “%1” is not in the document “%2”").arg(quote.left(60), d.title));
        Passage passage = Passage::fromSpan(d.text, d.id, factor->id, static_cast<int>(at),
                                            static_cast<int>(at + quote.size()));
        passage.note = p.value(u"note"_s).toString();
        passage.author = p.value(u"author"_s).toString(Tr::tr("Demo reviewer"));
        m_library.passages().add(passage);
    }
}

void Loader::load(const QJsonObject &o)
{
    CaseRepository &cases = m_library.cases();
    m_reference = uniqueReference(o.value(u"reference"_s).toString(), [&cases](const QString &r) {
        return cases.findByReference(r).has_value();
    });
    Case c = parseCase(o);
    if (const auto issues = validation::validateCase(c); validation::hasErrors(issues))
        fail(issues.constFirst().message);
    c = m_library.cases().add(c);

    const QList<Sanction> history = parseSanctions(o.value(u"sanctions"_s).toArray(), c.id);
    for (const ValidationIssue &issue : validation::validateHistory(history, c.regulator)) {
        if (issue.severity == ValidationIssue::Severity::Error)
            fail(issue.message);
    }
    for (const Sanction &s : history)
        m_library.sanctions().add(s);

    for (const QJsonValue &d : o.value(u"documents"_s).toArray())
        addDocument(d.toObject(), c.id);
}

} // namespace

void populate(Library &library, const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(u"format"_s).toString() != u"casebench-demo"_s) {
        throw LibraryError(
            LibraryError::Kind::InvalidData,
            Tr::tr("The demo data %1 is not a Casebench demo file.").arg(sourceName));
    }
    Transaction transaction(library);
    Loader loader(library, sourceName);
    for (const QJsonValue &c : doc.object().value(u"cases"_s).toArray())
        loader.load(c.toObject());
    transaction.commit();
}

void populate(Library &library)
{
    const QString path = u":/casebench/demo/demo-cases.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("The demo data %1 is missing from this build.").arg(path));
    }
    populate(library, file.readAll(), path);
}

std::unique_ptr<Library> create(const QString &path)
{
    // All or nothing: on a server the demo commits with the schema, a new file is removed again.
    return Library::createFilled(path, [](Library &library) { populate(library); });
}

std::unique_ptr<Library> create(const QString &path, const QByteArray &json,
                                const QString &sourceName)
{
    return Library::createFilled(
        path, [&json, &sourceName](Library &library) { populate(library, json, sourceName); });
}

} // namespace casebench::demolibrary
