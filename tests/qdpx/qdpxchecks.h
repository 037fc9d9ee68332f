// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the qdpx tests: packing the hand-written fixture, reading packages back, and
// the structural checks of what Casebench writes (there is no XSD validator on Debian 12: the
// standard's schema is not packaged, so its rules that matter are checked here).

#include "export/refiqda.h"
#include "export/zipwriter.h"
#include "import/ziparchive.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace casebench::test {

/// The files of a folder packed as a zip, entries named relative to it.
inline QByteArray zipFolder(const QString &folder)
{
    ZipWriter zip;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            zip.add(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return zip.finish();
}

/// Every entry of a package; empty when it cannot be read.
inline QHash<QString, QByteArray> unzip(const QByteArray &bytes, QStringList names)
{
    QHash<QString, QByteArray> entries;
    ZipArchive zip(bytes, QStringLiteral("test.qdpx"), QStringLiteral("REFI-QDA project"), {});
    if (!zip.open())
        return entries;
    for (const QString &name : names) {
        if (const auto data = zip.read(name))
            entries.insert(name, *data);
    }
    return entries;
}

/// Problems with a project.qde as Casebench writes it: root element and namespace, the
/// attributes the schema requires, GUID syntax and uniqueness, every reference resolving, and
/// every position inside its source's text (`texts`: internal path → text). Empty when sound.
inline QStringList structuralProblems(const QByteArray &qde, const QHash<QString, QString> &texts)
{
    using namespace Qt::StringLiterals;
    QStringList problems;
    QXmlStreamReader xml(qde);
    const QHash<QString, QStringList> required{
        {u"Project"_s, {u"name"_s}},
        {u"User"_s, {u"guid"_s}},
        {u"Code"_s, {u"guid"_s, u"name"_s, u"isCodable"_s}},
        {u"Variable"_s, {u"guid"_s, u"name"_s, u"typeOfVariable"_s}},
        {u"Case"_s, {u"guid"_s}},
        {u"TextSource"_s, {u"guid"_s}},
        {u"PlainTextSelection"_s, {u"guid"_s, u"startPosition"_s, u"endPosition"_s}},
        {u"Coding"_s, {u"guid"_s}},
        {u"Note"_s, {u"guid"_s}},
        {u"CodeRef"_s, {u"targetGUID"_s}},
        {u"SourceRef"_s, {u"targetGUID"_s}},
        {u"NoteRef"_s, {u"targetGUID"_s}},
        {u"VariableRef"_s, {u"targetGUID"_s}},
    };
    QSet<QString> guids;
    QList<QPair<QString, QString>> refs;
    QString currentText;
    bool first = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (first) {
            if (name != u"Project"_s || xml.namespaceUri() != refiqda::projectNamespace)
                problems.append(u"root is not Project in the REFI-QDA namespace"_s);
            first = false;
        }
        if (xml.namespaceUri() != refiqda::projectNamespace)
            problems.append(u"element %1 outside the namespace"_s.arg(name));
        const QXmlStreamAttributes a = xml.attributes();
        for (const QString &attribute : required.value(name)) {
            if (!a.hasAttribute(attribute))
                problems.append(
                    u"%1 on line %2 lacks %3"_s.arg(name).arg(xml.lineNumber()).arg(attribute));
        }
        if (a.hasAttribute(u"guid"_s)) {
            const QString guid = a.value(u"guid"_s).toString();
            if (!refiqda::isGuid(guid))
                problems.append(u"bad GUID "_s + guid);
            if (guids.contains(guid))
                problems.append(u"duplicate GUID "_s + guid);
            guids.insert(guid);
        }
        if (a.hasAttribute(u"targetGUID"_s))
            refs.append({name, a.value(u"targetGUID"_s).toString()});
        if (name == u"TextSource"_s) {
            const QString path = a.value(u"plainTextPath"_s).toString();
            if (!texts.contains(path))
                problems.append(u"source text %1 is not in the package"_s.arg(path));
            currentText = texts.value(path);
        }
        if (name == u"PlainTextSelection"_s) {
            const qsizetype start = a.value(u"startPosition"_s).toLongLong();
            const qsizetype end = a.value(u"endPosition"_s).toLongLong();
            if (start < 0 || end < start || end > refiqda::codePointLength(currentText))
                problems.append(u"selection %1 out of range"_s.arg(a.value(u"guid"_s)));
        }
        if (a.hasAttribute(u"color"_s) && !QColor::isValidColorName(a.value(u"color"_s)))
            problems.append(u"bad colour"_s);
        for (const QString &dateAttribute : {u"creationDateTime"_s, u"modifiedDateTime"_s}) {
            if (a.hasAttribute(dateAttribute)
                && !QDateTime::fromString(a.value(dateAttribute).toString(), Qt::ISODate).isValid())
                problems.append(u"bad date on line %1"_s.arg(xml.lineNumber()));
        }
    }
    if (xml.hasError())
        problems.append(xml.errorString());
    for (const auto &[element, guid] : refs) {
        if (!guids.contains(guid))
            problems.append(u"%1 to %2 does not resolve"_s.arg(element, guid));
    }
    return problems;
}

} // namespace casebench::test
