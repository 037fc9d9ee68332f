// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookjson.h"

#include "libraryerror.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebench::codebookjson {

namespace {

const QString formatName = u"casebench-codebook"_s;
constexpr int formatVersion = 1;

[[noreturn]] void fail(const QString &sourceName, const QString &problem)
{
    throw LibraryError(
        LibraryError::Kind::InvalidData,
        QCoreApplication::translate("casebench", "The codebook %1 cannot be read: %2.")
            .arg(sourceName, problem));
}

template <typename E>
E requiredEnum(const QJsonObject &o, const QString &field, const QString &sourceName, int index)
{
    const QString value = o.value(field).toString();
    const auto parsed = enumFromIdentifier<E>(value);
    if (!parsed) {
        fail(sourceName,
             QCoreApplication::translate("casebench", "factor %1 has %2 “%3”; expected one of %4")
                 .arg(index + 1)
                 .arg(field, value, enumIdentifiers<E>().join(u", "_s)));
    }
    return *parsed;
}

CodebookEntry parseFactor(const QJsonObject &o, const QString &sourceName, int index)
{
    static const QRegularExpression keyPattern(u"^[a-z][a-z0-9_]*$"_s);
    CodebookEntry entry;
    Factor &f = entry.factor;
    f.key = o.value(u"key"_s).toString();
    f.name = o.value(u"name"_s).toString().trimmed();
    if (!keyPattern.match(f.key).hasMatch())
        fail(sourceName,
             QCoreApplication::translate(
                 "casebench", "factor %1 has no valid key (lower-case letters, digits and _)")
                 .arg(index + 1));
    if (f.name.isEmpty())
        fail(sourceName,
             QCoreApplication::translate("casebench", "factor “%1” has no name").arg(f.key));
    f.category = requiredEnum<FactorCategory>(o, u"category"_s, sourceName, index);
    f.polarity = requiredEnum<Polarity>(o, u"polarity"_s, sourceName, index);
    f.description = o.value(u"description"_s).toString();
    const QString colour = o.value(u"colour"_s).toString();
    if (!colour.isEmpty()) {
        f.colour = QColor::fromString(colour);
        if (!f.colour.isValid())
            fail(sourceName,
                 QCoreApplication::translate("casebench", "factor “%1” has an invalid colour “%2”")
                     .arg(f.key, colour));
    }
    f.shortcut = o.value(u"shortcut"_s).toString();
    if (!f.shortcut.isEmpty()
        && QKeySequence::fromString(f.shortcut, QKeySequence::PortableText).isEmpty())
        fail(sourceName,
             QCoreApplication::translate("casebench", "factor “%1” has an invalid shortcut “%2”")
                 .arg(f.key, f.shortcut));
    entry.parentKey = o.value(u"parent"_s).toString();
    const QJsonValue phrases = o.value(u"phrases"_s);
    if (!phrases.isUndefined() && !phrases.isNull() && !phrases.isArray())
        fail(sourceName, QCoreApplication::translate(
                             "casebench", "factor “%1” has \"phrases\" that are not a list")
                             .arg(f.key));
    for (const QJsonValue &phrase : phrases.toArray()) {
        if (!phrase.isString())
            fail(sourceName, QCoreApplication::translate(
                                 "casebench", "factor “%1” has a phrase that is not text")
                                 .arg(f.key));
        if (!phrase.toString().simplified().isEmpty())
            f.phrases.append(phrase.toString().simplified());
    }
    f.sortOrder = index;
    return entry;
}

} // namespace

QList<CodebookEntry> parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(sourceName,
             QCoreApplication::translate("casebench", "it is not valid JSON (%1 at byte %2)")
                 .arg(error.errorString())
                 .arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != formatName)
        fail(sourceName,
             QCoreApplication::translate(
                 "casebench", "it is not a Casebench codebook (its \"format\" is not \"%1\")")
                 .arg(formatName));
    if (root.value(u"version"_s).toInt() > formatVersion)
        fail(sourceName, QCoreApplication::translate(
                             "casebench",
                             "it was written by a newer version of Casebench (codebook version %1)")
                             .arg(root.value(u"version"_s).toInt()));

    QList<CodebookEntry> entries;
    QSet<QString> keys;
    QSet<QString> names;
    const QJsonArray factors = root.value(u"factors"_s).toArray();
    for (qsizetype i = 0; i < factors.size(); ++i) {
        CodebookEntry entry = parseFactor(factors.at(i).toObject(), sourceName,
                                          static_cast<int>(i));
        if (keys.contains(entry.factor.key))
            fail(sourceName, QCoreApplication::translate("casebench", "the key “%1” is used twice")
                                 .arg(entry.factor.key));
        if (names.contains(entry.factor.name.toLower()))
            fail(sourceName, QCoreApplication::translate("casebench", "the name “%1” is used twice")
                                 .arg(entry.factor.name));
        if (!entry.parentKey.isEmpty() && !keys.contains(entry.parentKey))
            fail(sourceName,
                 QCoreApplication::translate(
                     "casebench", "factor “%1” names a parent “%2” that is not listed before it")
                     .arg(entry.factor.key, entry.parentKey));
        keys.insert(entry.factor.key);
        names.insert(entry.factor.name.toLower());
        entries.append(entry);
    }
    return entries;
}

QByteArray write(const QList<Factor> &factors)
{
    QHash<FactorId, QString> keyOf;
    for (const Factor &f : factors)
        keyOf.insert(f.id, f.key);
    // Parents are written before their children, so the file can be read back in one pass.
    QList<Factor> ordered;
    QSet<FactorId> written;
    while (ordered.size() < factors.size()) {
        const qsizetype before = ordered.size();
        for (const Factor &f : factors) {
            const bool parentReady = !f.parent.isValid() || written.contains(f.parent)
                                     || !keyOf.contains(f.parent);
            if (!written.contains(f.id) && parentReady) {
                ordered.append(f);
                written.insert(f.id);
            }
        }
        if (ordered.size() == before)
            break; // a cycle: cannot happen for a stored codebook, but never loop forever
    }
    QJsonArray array;
    for (const Factor &f : std::as_const(ordered)) {
        QJsonObject o{
            {u"key"_s, f.key},
            {u"name"_s, f.name},
            {u"category"_s, enumIdentifier(f.category)},
            {u"polarity"_s, enumIdentifier(f.polarity)},
            {u"description"_s, f.description},
            {u"colour"_s, f.colour.isValid() ? QJsonValue(f.colour.name()) : QJsonValue()},
            {u"parent"_s, f.parent.isValid() ? QJsonValue(keyOf.value(f.parent)) : QJsonValue()},
            {u"shortcut"_s, f.shortcut.isEmpty() ? QJsonValue() : QJsonValue(f.shortcut)},
        };
        if (!f.phrases.isEmpty())
            o.insert(u"phrases"_s, QJsonArray::fromStringList(f.phrases));
        array.append(o);
    }
    const QJsonObject root{
        {u"format"_s, formatName}, {u"version"_s, formatVersion}, {u"factors"_s, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<CodebookEntry> defaultCodebook()
{
    const QString path = u":/casebench/codebook/default.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path,
             QCoreApplication::translate("casebench", "the resource is missing from this build"));
    return parse(file.readAll(), path);
}

} // namespace casebench::codebookjson
