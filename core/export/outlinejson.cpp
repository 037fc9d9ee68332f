// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinejson.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace casebench::outlinejson {

namespace {

ParagraphKind kindFromJson(const QJsonObject &o, const QString &where)
{
    const QString s = jsonfields::text(o, where, u"kind"_s);
    if (s.isEmpty())
        return ParagraphKind::Text;
    if (const auto kind = enumFromIdentifier<ParagraphKind>(s))
        return *kind;
    jsonfields::fail(
        where,
        QCoreApplication::translate("casebench", "“kind” has the unknown value “%1”.").arg(s));
}

void checkSpan(int start, int end, const QString &where)
{
    if (end < start)
        jsonfields::fail(where,
                         QCoreApplication::translate("casebench", "“end” is before “start”."));
}

} // namespace

QJsonObject toJson(const Outline &outline)
{
    QJsonArray paragraphs;
    for (const OutlineParagraph &p : outline.paragraphs()) {
        paragraphs.append(QJsonObject{
            {u"start"_s, p.start},
            {u"end"_s, p.end},
            {u"kind"_s, enumIdentifier(p.kind)},
            {u"number"_s, p.number},
            {u"reference"_s, p.reference},
            {u"stage"_s, enumIdentifier(p.stage)},
            {u"opens_stage"_s, p.opensStage},
            {u"page"_s, p.page ? QJsonValue(*p.page) : QJsonValue()},
            {u"redacted"_s, p.redacted},
            {u"text"_s, p.text},
        });
    }
    QJsonArray fields;
    for (const OutlineField &f : outline.fields()) {
        fields.append(QJsonObject{{u"label"_s, f.label},
                                  {u"value"_s, f.value},
                                  {u"start"_s, f.start},
                                  {u"end"_s, f.end}});
    }
    QJsonArray redactions;
    for (const Redaction &r : outline.redactions())
        redactions.append(QJsonObject{{u"start"_s, r.start}, {u"end"_s, r.end}});
    return QJsonObject{
        {u"paragraphs"_s, paragraphs}, {u"fields"_s, fields}, {u"redactions"_s, redactions}};
}

QJsonObject toJson(const DocumentSource &source)
{
    return QJsonObject{
        {u"format"_s, enumIdentifier(source.format)},
        {u"text_hash"_s, source.textHash},
        {u"paragraph_count"_s, source.paragraphCount},
        {u"page_count"_s, source.pageCount},
        {u"warnings"_s, QJsonArray::fromStringList(source.warnings)},
    };
}

Outline outlineFromJson(const QJsonObject &o, const QString &where)
{
    using namespace jsonfields;
    QList<OutlineParagraph> paragraphs;
    const QJsonArray pa = array(o, where, u"paragraphs"_s);
    for (qsizetype i = 0; i < pa.size(); ++i) {
        const QString w = at(where, u"paragraphs"_s, i);
        const QJsonObject po = object(pa.at(i), w);
        OutlineParagraph p;
        p.start = offset(po, w, u"start"_s);
        p.end = offset(po, w, u"end"_s);
        checkSpan(p.start, p.end, w);
        p.kind = kindFromJson(po, w);
        p.number = text(po, w, u"number"_s);
        p.reference = text(po, w, u"reference"_s);
        p.stage = enumValue(po, w, u"stage"_s, DecisionStage::FrontMatter);
        p.opensStage = boolean(po, w, u"opens_stage"_s);
        if (const auto page = integer(po, w, u"page"_s))
            p.page = static_cast<int>(*page);
        p.redacted = boolean(po, w, u"redacted"_s);
        p.text = text(po, w, u"text"_s);
        paragraphs.append(p);
    }
    QList<OutlineField> fields;
    const QJsonArray fa = array(o, where, u"fields"_s);
    for (qsizetype i = 0; i < fa.size(); ++i) {
        const QString w = at(where, u"fields"_s, i);
        const QJsonObject fo = object(fa.at(i), w);
        OutlineField f{text(fo, w, u"label"_s), text(fo, w, u"value"_s), offset(fo, w, u"start"_s),
                       offset(fo, w, u"end"_s)};
        checkSpan(f.start, f.end, w);
        fields.append(f);
    }
    QList<Redaction> redactions;
    const QJsonArray ra = array(o, where, u"redactions"_s);
    for (qsizetype i = 0; i < ra.size(); ++i) {
        const QString w = at(where, u"redactions"_s, i);
        const QJsonObject ro = object(ra.at(i), w);
        Redaction r{offset(ro, w, u"start"_s), offset(ro, w, u"end"_s)};
        checkSpan(r.start, r.end, w);
        redactions.append(r);
    }
    return Outline(std::move(paragraphs), std::move(fields), std::move(redactions));
}

DocumentSource sourceFromJson(const QJsonObject &o, const QString &where)
{
    using namespace jsonfields;
    DocumentSource s;
    s.format = enumValue(o, where, u"format"_s, DocumentFormat::Text);
    s.textHash = text(o, where, u"text_hash"_s);
    s.paragraphCount = static_cast<int>(integer(o, where, u"paragraph_count"_s).value_or(0));
    s.pageCount = static_cast<int>(integer(o, where, u"page_count"_s).value_or(0));
    const QJsonArray warnings = array(o, where, u"warnings"_s);
    for (const QJsonValue &w : warnings) {
        if (!w.isString())
            fail(where, QCoreApplication::translate("casebench", "“warnings” must hold strings."));
        s.warnings.append(w.toString());
    }
    return s;
}

QList<int> pageStartsFromJson(const QJsonArray &a, const QString &where)
{
    QList<int> starts;
    for (const QJsonValue &v : a) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > std::numeric_limits<int>::max()
            || d != static_cast<int>(d))
            jsonfields::fail(where, QCoreApplication::translate(
                                        "casebench", "“page_starts” must hold offsets."));
        if (!starts.isEmpty() && static_cast<int>(d) < starts.constLast())
            jsonfields::fail(
                where, QCoreApplication::translate("casebench", "“page_starts” must be in order."));
        starts.append(static_cast<int>(d));
    }
    return starts;
}

} // namespace casebench::outlinejson
