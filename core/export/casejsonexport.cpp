// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejsonexport.h"

#include "casejson.h"
#include "exportedcase.h"
#include "outlinejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casebench::casejsonexport {

namespace {

QJsonValue timestampValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject factorJson(const Factor &f, const ExportedCase &data)
{
    const Factor parent = data.factors.value(f.parent);
    return QJsonObject{
        {u"key"_s, f.key},
        {u"label"_s, f.name},
        {u"category"_s, enumIdentifier(f.category)},
        {u"polarity"_s, enumIdentifier(f.polarity)},
        {u"parent"_s,
         f.parent.isValid() && !parent.key.isEmpty() ? QJsonValue(parent.key) : QJsonValue()},
        {u"description"_s, f.description},
        {u"colour"_s, f.colour.isValid() ? QJsonValue(f.colour.name()) : QJsonValue()},
    };
}

QJsonObject documentJson(const ExportedDocument &d)
{
    QJsonObject o = casejson::toJson(d.document, true);
    o.insert(u"date"_s, d.document.date.isValid()
                            ? QJsonValue(d.document.date.toString(Qt::ISODate))
                            : QJsonValue());
    if (d.source) {
        o.insert(u"source"_s, outlinejson::toJson(*d.source));
        o.insert(u"outline"_s, outlinejson::toJson(d.outline));
        QJsonArray pages;
        for (int start : d.pageStarts)
            pages.append(start);
        o.insert(u"page_starts"_s, pages);
    } else {
        o.insert(u"source"_s, QJsonValue());
        o.insert(u"outline"_s, QJsonValue());
        o.insert(u"page_starts"_s, QJsonArray());
    }
    return o;
}

/// A passage as a W3C Web Annotation: its factor as a tagging body, its note as a commenting
/// body, its span as a TextPositionSelector and a TextQuoteSelector on its document.
QJsonObject annotationJson(const Passage &p, const ExportedDocument &d, const ExportedCase &data)
{
    QJsonArray body{QJsonObject{
        {u"type"_s, u"TextualBody"_s},
        {u"purpose"_s, u"tagging"_s},
        {u"value"_s, data.factors.value(p.factor).key},
    }};
    if (!p.note.isEmpty()) {
        body.append(QJsonObject{
            {u"type"_s, u"TextualBody"_s},
            {u"purpose"_s, u"commenting"_s},
            {u"value"_s, p.note},
            {u"format"_s, u"text/plain"_s},
        });
    }
    const QJsonArray selectors{
        QJsonObject{
            {u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, p.start}, {u"end"_s, p.end}},
        QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                    {u"exact"_s, p.quote},
                    {u"prefix"_s, p.prefix},
                    {u"suffix"_s, p.suffix}},
    };
    QJsonObject o{
        {u"type"_s, u"Annotation"_s},
        {u"id"_s, p.id.value},
        {u"motivation"_s, u"classifying"_s},
        {u"body"_s, body},
        {u"target"_s, QJsonObject{{u"source"_s, d.document.id.value}, {u"selector"_s, selectors}}},
        {u"created"_s, timestampValue(p.created)},
        {u"modified"_s, timestampValue(p.modified)},
        {u"orphaned"_s, p.orphaned},
    };
    if (!p.author.isEmpty())
        o.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, p.author}});
    const QString citation = d.citation(p.id);
    if (!citation.isEmpty())
        o.insert(u"citation"_s, citation);
    return o;
}

} // namespace

QJsonObject toJson(const ExportedCase &data, bool anonymised)
{
    QJsonObject caseJson = casejson::toJson(data.caseRecord);
    caseJson.remove(u"row_version"_s);
    QJsonArray sanctions;
    for (const Sanction &s : data.sanctions)
        sanctions.append(casejson::toJson(s));
    QJsonArray factors;
    for (const Factor &f : data.usedFactors())
        factors.append(factorJson(f, data));
    QJsonArray documents;
    QJsonArray annotations;
    for (const ExportedDocument &d : data.documents) {
        documents.append(documentJson(d));
        for (const Passage &p : d.passages)
            annotations.append(annotationJson(p, d, data));
    }
    return QJsonObject{
        {u"format"_s, formatName},
        {u"version"_s, formatVersion},
        {u"generator"_s, QString(QCoreApplication::applicationName() + u' '
                                 + QCoreApplication::applicationVersion())
                             .trimmed()},
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"anonymised"_s, anonymised},
        {u"case"_s, caseJson},
        {u"sanctions"_s, sanctions},
        {u"factors"_s, factors},
        {u"documents"_s, documents},
        {u"annotations"_s, annotations},
    };
}

QByteArray toBytes(const ExportedCase &data, bool anonymised)
{
    // QJsonDocument sorts keys; the top level is written by hand so that a reader sees the
    // format and version first, then the case, then what belongs to it.
    const QJsonObject o = toJson(data, anonymised);
    QStringList keys{u"format"_s,    u"version"_s,    u"generator"_s, u"anonymised"_s,
                     u"@context"_s,  u"case"_s,       u"sanctions"_s, u"factors"_s,
                     u"documents"_s, u"annotations"_s};
    for (const QString &key : o.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonValue v = o.value(keys.at(i));
        QByteArray value;
        if (v.isObject())
            value = QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented).trimmed();
        else if (v.isArray())
            value = QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented).trimmed();
        else
            value = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
        value.replace('\n', "\n    ");
        out += "    "
               + QJsonDocument(QJsonArray{keys.at(i)})
                     .toJson(QJsonDocument::Compact)
                     .chopped(1)
                     .mid(1)
               + ": " + value + (i + 1 < keys.size() ? ",\n" : "\n");
    }
    out += "}\n";
    return out;
}

} // namespace casebench::casejsonexport
