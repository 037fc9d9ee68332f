// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejsonreader.h"

#include "casejsonexport.h"
#include "import/untrustedfile.h"
#include "jsonfields.h"
#include "outlinejson.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace jsonfields;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::CaseJsonReader)
};

QString shown(const QString &fileName)
{
    return u"“"_s + QDir::toNativeSeparators(fileName) + u"”"_s;
}

/// Line and column (1-based, columns in bytes) of a byte offset.
QPair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

Case caseFromJson(const QJsonObject &o, const QString &w)
{
    Case c;
    c.reference = text(o, w, u"reference"_s, true).trimmed();
    if (c.reference.isEmpty())
        fail(w, Tr::tr("“reference” is empty."));
    c.title = text(o, w, u"title"_s);
    c.regulator = enumValue(o, w, u"regulator"_s, Regulator::Other);
    c.profession = text(o, w, u"profession"_s);
    c.registrant = text(o, w, u"registrant"_s);
    c.hearingType = enumValue(o, w, u"hearing_type"_s, HearingType::Final);
    c.hearingDate = date(o, w, u"hearing_date"_s);
    c.decisionDate = date(o, w, u"decision_date"_s);
    c.allegationSummary = text(o, w, u"allegation_summary"_s);
    c.factsFinding = enumValue(o, w, u"facts"_s, FactsFinding::NotDetermined);
    const QJsonArray grounds = array(o, w, u"grounds"_s);
    for (const QJsonValue &g : grounds) {
        const auto ground = enumFromIdentifier<StatutoryGround>(g.toString());
        if (!g.isString() || !ground)
            fail(w, Tr::tr("“grounds” holds an unknown ground."));
        if (!c.grounds.contains(*ground))
            c.grounds.append(*ground);
    }
    std::sort(c.grounds.begin(), c.grounds.end());
    c.impairment = enumValue(o, w, u"impairment"_s, ImpairmentFinding::NotDetermined);
    c.role = enumValue(o, w, u"role"_s, CaseRole::Precedent);
    c.notes = text(o, w, u"notes"_s);
    c.created = timestamp(o, w, u"created"_s);
    return c;
}

Sanction sanctionFromJson(const QJsonObject &o, const QString &w)
{
    Sanction s;
    s.sequence = static_cast<int>(integer(o, w, u"sequence"_s, true).value_or(0));
    s.outcome = enumValue(o, w, u"outcome"_s, ReviewOutcome::Imposed);
    s.type = enumValue(o, w, u"type"_s, SanctionType::NoFurtherAction);
    if (const auto months = integer(o, w, u"months"_s))
        s.durationMonths = static_cast<int>(*months);
    s.decidedOn = date(o, w, u"decided_on"_s);
    s.startDate = date(o, w, u"start_date"_s);
    s.reviewHearing = boolean(o, w, u"review_hearing"_s);
    s.conditions = text(o, w, u"conditions"_s);
    s.modified = timestamp(o, w, u"modified"_s);
    return s;
}

Factor factorFromJson(const QJsonObject &o, const QString &w, QString &parentKey)
{
    Factor f;
    f.key = text(o, w, u"key"_s, true).trimmed();
    if (f.key.isEmpty())
        fail(w, Tr::tr("“key” is empty."));
    f.name = text(o, w, u"label"_s).trimmed();
    if (f.name.isEmpty())
        f.name = f.key;
    f.category = enumValue(o, w, u"category"_s, FactorCategory::Context);
    f.polarity = enumValue(o, w, u"polarity"_s, Polarity::Neutral);
    f.description = text(o, w, u"description"_s);
    const QString colour = text(o, w, u"colour"_s);
    if (!colour.isEmpty()) {
        f.colour = QColor::fromString(colour);
        if (!f.colour.isValid())
            fail(w, Tr::tr("“colour” is not a colour (#rrggbb)."));
    }
    parentKey = text(o, w, u"parent"_s).trimmed();
    return f;
}

ParsedDocument documentFromJson(const QJsonObject &o, const QString &w)
{
    ParsedDocument d;
    d.fileId = integer(o, w, u"id"_s, true).value_or(0);
    d.document.kind = enumValue(o, w, u"kind"_s, DocumentKind::Decision);
    d.document.title = text(o, w, u"title"_s);
    d.document.sourceFileName = text(o, w, u"source_file"_s);
    d.document.contentHash = text(o, w, u"content_hash"_s);
    d.document.text = text(o, w, u"text"_s, true);
    d.document.date = date(o, w, u"date"_s);
    d.document.imported = timestamp(o, w, u"imported"_s);
    const int length = static_cast<int>(d.document.text.size());
    const QJsonValue source = o.value(u"source"_s);
    if (source.isObject()) {
        d.source = outlinejson::sourceFromJson(source.toObject(), w + u".source"_s);
        const QJsonValue outline = o.value(u"outline"_s);
        if (outline.isObject())
            d.outline = outlinejson::outlineFromJson(outline.toObject(), w + u".outline"_s);
        d.pageStarts = outlinejson::pageStartsFromJson(array(o, w, u"page_starts"_s), w);
        for (const OutlineParagraph &p : d.outline.paragraphs()) {
            if (p.end > length)
                fail(w, Tr::tr("an outline paragraph runs past the end of the text."));
        }
        if (!d.pageStarts.isEmpty() && d.pageStarts.constLast() > length)
            fail(w, Tr::tr("a page starts past the end of the text."));
    } else if (!source.isUndefined() && !source.isNull()) {
        fail(w, Tr::tr("“source” must be an object."));
    }
    return d;
}

/// Reads one annotation into the document it targets.
void annotationFromJson(const QJsonObject &o, const QString &w, QList<ParsedDocument> &documents,
                        const QHash<qint64, qsizetype> &byFileId)
{
    if (text(o, w, u"type"_s) != u"Annotation"_s)
        fail(w, Tr::tr("“type” must be “Annotation”."));
    ParsedPassage parsed;
    Passage &p = parsed.passage;
    const QJsonArray body = array(o, w, u"body"_s);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString bw = at(w, u"body"_s, i);
        const QJsonObject b = object(body.at(i), bw);
        const QString purpose = text(b, bw, u"purpose"_s);
        if (purpose == u"tagging"_s && parsed.factorKey.isEmpty())
            parsed.factorKey = text(b, bw, u"value"_s, true).trimmed();
        else if (purpose == u"commenting"_s)
            p.note = text(b, bw, u"value"_s);
    }
    if (parsed.factorKey.isEmpty())
        fail(w, Tr::tr("it has no tagging body naming its factor."));
    const QJsonObject target = object(o.value(u"target"_s), w + u".target"_s);
    const qint64 source = integer(target, w + u".target"_s, u"source"_s, true).value_or(0);
    const auto document = byFileId.constFind(source);
    if (document == byFileId.cend())
        fail(w, Tr::tr("its target is not one of the file's documents."));
    bool hasPosition = false;
    bool hasQuote = false;
    const QJsonArray selectors = array(target, w + u".target"_s, u"selector"_s);
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        const QString sw = at(w + u".target"_s, u"selector"_s, i);
        const QJsonObject s = object(selectors.at(i), sw);
        const QString type = text(s, sw, u"type"_s);
        if (type == u"TextPositionSelector"_s) {
            p.start = offset(s, sw, u"start"_s);
            p.end = offset(s, sw, u"end"_s);
            if (p.end <= p.start)
                fail(sw, Tr::tr("“end” must be after “start”."));
            hasPosition = true;
        } else if (type == u"TextQuoteSelector"_s) {
            p.quote = text(s, sw, u"exact"_s, true);
            p.prefix = text(s, sw, u"prefix"_s);
            p.suffix = text(s, sw, u"suffix"_s);
            hasQuote = !p.quote.isEmpty();
        }
    }
    if (!hasQuote)
        fail(w, Tr::tr("it has no TextQuoteSelector with the quoted text."));
    if (!hasPosition)
        p.start = p.end = -1;
    p.orphaned = boolean(o, w, u"orphaned"_s);
    const QJsonValue creator = o.value(u"creator"_s);
    if (creator.isObject())
        p.author = text(creator.toObject(), w + u".creator"_s, u"name"_s);
    else if (creator.isString())
        p.author = creator.toString();
    p.created = timestamp(o, w, u"created"_s);
    p.modified = timestamp(o, w, u"modified"_s);
    documents[*document].passages.append(parsed);
}

ParsedCase parseObject(const QJsonObject &root)
{
    const QString top = Tr::tr("the top level");
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != casejsonexport::formatName) {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("it is not a Casebench case file (its “format” is not “%1”).")
                               .arg(casejsonexport::formatName));
    }
    const auto version = integer(root, top, u"version"_s, true);
    if (*version > casejsonexport::formatVersion) {
        throw LibraryError(
            LibraryError::Kind::InvalidData,
            Tr::tr(
                "it was written in version %1 of the case format, and this Casebench reads up to version %2; update Casebench to import it.")
                .arg(*version)
                .arg(casejsonexport::formatVersion));
    }
    if (*version < 1)
        fail(top, Tr::tr("“version” must be 1 or more."));
    ParsedCase parsed;
    parsed.anonymised = boolean(root, top, u"anonymised"_s);
    parsed.caseRecord = caseFromJson(object(root.value(u"case"_s), u"case"_s), u"case"_s);

    const QJsonArray sanctions = array(root, top, u"sanctions"_s);
    for (qsizetype i = 0; i < sanctions.size(); ++i) {
        const QString w = u"sanctions["_s + QString::number(i) + u']';
        parsed.sanctions.append(sanctionFromJson(object(sanctions.at(i), w), w));
    }

    QSet<QString> keys;
    const QJsonArray factors = array(root, top, u"factors"_s);
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const QString w = u"factors["_s + QString::number(i) + u']';
        QString parentKey;
        const Factor f = factorFromJson(object(factors.at(i), w), w, parentKey);
        if (keys.contains(f.key))
            fail(w, Tr::tr("the factor “%1” is listed twice.").arg(f.key));
        keys.insert(f.key);
        parsed.factors.append(f);
        parsed.parentKeys.append(parentKey);
    }

    QHash<qint64, qsizetype> byFileId;
    const QJsonArray documents = array(root, top, u"documents"_s);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString w = u"documents["_s + QString::number(i) + u']';
        ParsedDocument d = documentFromJson(object(documents.at(i), w), w);
        if (byFileId.contains(d.fileId))
            fail(w, Tr::tr("two documents have the id %1.").arg(d.fileId));
        byFileId.insert(d.fileId, parsed.documents.size());
        parsed.documents.append(std::move(d));
    }

    const QJsonArray annotations = array(root, top, u"annotations"_s);
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QString w = u"annotations["_s + QString::number(i) + u']';
        annotationFromJson(object(annotations.at(i), w), w, parsed.documents, byFileId);
    }
    return parsed;
}

} // namespace

int ParsedCase::passageCount() const
{
    int n = 0;
    for (const ParsedDocument &d : documents)
        n += static_cast<int>(d.passages.size());
    return n;
}

ParsedCase CaseJsonReader::parse(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("%1 is not valid JSON: %2 at line %3, column %4.")
                               .arg(shown(fileName), error.errorString())
                               .arg(line)
                               .arg(column));
    }
    if (!document.isObject()) {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("%1 is not a Casebench case file: it holds no JSON object.")
                               .arg(shown(fileName)));
    }
    try {
        return parseObject(document.object());
    } catch (const LibraryError &e) {
        throw LibraryError(e.kind(),
                           Tr::tr("%1 cannot be imported: %2").arg(shown(fileName), e.message()));
    }
}

ParsedCase CaseJsonReader::read(const QString &path)
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
        throw LibraryError(
            LibraryError::Kind::FileNotFound,
            Tr::tr("%1 cannot be imported: the file does not exist.").arg(shown(path)));
    }
    QString problem;
    const auto bytes = untrustedfile::read(path, maxFileBytes, problem);
    if (!bytes) {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           Tr::tr("%1 cannot be imported: %2.").arg(shown(path), problem));
    }
    return parse(*bytes, path);
}

} // namespace casebench
