// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include "storage/caserepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebench::casejson {

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timestampValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Case &c)
{
    QJsonArray grounds;
    for (StatutoryGround g : c.grounds)
        grounds.append(enumIdentifier(g));
    return QJsonObject{
        {u"id"_s, idValue(c.id.value)},
        {u"reference"_s, c.reference},
        {u"title"_s, c.title},
        {u"regulator"_s, enumIdentifier(c.regulator)},
        {u"profession"_s, c.profession},
        {u"registrant"_s, c.registrant},
        {u"hearing_type"_s, enumIdentifier(c.hearingType)},
        {u"hearing_date"_s, dateValue(c.hearingDate)},
        {u"decision_date"_s, dateValue(c.decisionDate)},
        {u"allegation_summary"_s, c.allegationSummary},
        {u"facts"_s, enumIdentifier(c.factsFinding)},
        {u"grounds"_s, grounds},
        {u"impairment"_s, enumIdentifier(c.impairment)},
        {u"role"_s, enumIdentifier(c.role)},
        {u"notes"_s, c.notes},
        {u"created"_s, timestampValue(c.created)},
        {u"modified"_s, timestampValue(c.modified)},
        {u"row_version"_s, c.rowVersion},
        {u"modified_by"_s, c.modifiedBy},
    };
}

QJsonObject toJson(const Sanction &s)
{
    return QJsonObject{
        {u"id"_s, idValue(s.id.value)},
        {u"sequence"_s, s.sequence},
        {u"outcome"_s, enumIdentifier(s.outcome)},
        {u"type"_s, enumIdentifier(s.type)},
        {u"months"_s, s.durationMonths ? QJsonValue(*s.durationMonths) : QJsonValue()},
        {u"decided_on"_s, dateValue(s.decidedOn)},
        {u"start_date"_s, dateValue(s.startDate)},
        {u"expiry_date"_s, s.expiryDate() ? dateValue(*s.expiryDate()) : QJsonValue()},
        {u"review_hearing"_s, s.reviewHearing},
        {u"conditions"_s, s.conditions},
        {u"modified"_s, timestampValue(s.modified)},
        {u"row_version"_s, s.rowVersion},
        {u"modified_by"_s, s.modifiedBy},
    };
}

QJsonObject toJson(const Document &d, bool withText)
{
    QJsonObject o{
        {u"id"_s, idValue(d.id.value)},
        {u"kind"_s, enumIdentifier(d.kind)},
        {u"title"_s, d.title},
        {u"source_file"_s, d.sourceFileName},
        {u"content_hash"_s, d.contentHash},
        {u"date"_s, dateValue(d.date)},
        {u"imported"_s, timestampValue(d.imported)},
        {u"length"_s, static_cast<qint64>(d.text.size())},
        {u"modified_by"_s, d.modifiedBy},
    };
    if (withText)
        o.insert(u"text"_s, d.text);
    return o;
}

QJsonObject toJson(const Passage &p)
{
    return QJsonObject{
        {u"id"_s, idValue(p.id.value)},
        {u"document"_s, idValue(p.document.value)},
        {u"factor"_s, idValue(p.factor.value)},
        {u"start"_s, p.start},
        {u"end"_s, p.end},
        {u"quote"_s, p.quote},
        {u"prefix"_s, p.prefix},
        {u"suffix"_s, p.suffix},
        {u"note"_s, p.note},
        {u"author"_s, p.author},
        {u"modified_by"_s, p.modifiedBy},
        {u"created"_s, timestampValue(p.created)},
        {u"modified"_s, timestampValue(p.modified)},
    };
}

QJsonObject toJson(const ValidationIssue &issue)
{
    return QJsonObject{
        {u"field"_s, issue.field},
        {u"severity"_s,
         issue.severity == ValidationIssue::Severity::Error ? u"error"_s : u"warning"_s},
        {u"message"_s, issue.message},
    };
}

QJsonObject toJson(const CaseSummary &summary)
{
    const Case &c = summary.caseRecord;
    QJsonObject o{
        {u"id"_s, idValue(c.id.value)},
        {u"reference"_s, c.reference},
        {u"title"_s, c.title},
        {u"regulator"_s, enumIdentifier(c.regulator)},
        {u"profession"_s, c.profession},
        {u"registrant"_s, c.registrant},
        {u"hearing_type"_s, enumIdentifier(c.hearingType)},
        {u"hearing_date"_s, dateValue(c.hearingDate)},
        {u"decision_date"_s, dateValue(c.decisionDate)},
        {u"role"_s, enumIdentifier(c.role)},
        {u"documents"_s, summary.documentCount},
        {u"passages"_s, summary.passageCount},
    };
    if (summary.currentSanction) {
        const Sanction &s = *summary.currentSanction;
        o.insert(u"sanction"_s,
                 QJsonObject{
                     {u"type"_s, enumIdentifier(s.type)},
                     {u"months"_s, s.durationMonths ? QJsonValue(*s.durationMonths) : QJsonValue()},
                     {u"term"_s, sanctionladder::regulatorTerm(s.type, c.regulator)},
                 });
    } else {
        o.insert(u"sanction"_s, QJsonValue());
    }
    return o;
}

} // namespace casebench::casejson
