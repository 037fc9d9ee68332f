// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationverifier.h"

#include "anonymisationlist.h"
#include "anonymisationsuggester.h"
#include "import/htmlextractor.h"
#include "model/case.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/privatefile.h"

#include <poppler-qt6.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::AnonymisationVerifier)
};

bool isDash(char32_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D;
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// normalised() without the case folding (identifiers are matched by their capitals).
QString plain(QStringView text, bool joinBrokenWords)
{
    const QString nfkc = text.toString().normalized(QString::NormalizationForm_KC);
    const qsizetype n = nfkc.size();
    QString out;
    out.reserve(n);
    bool pendingSpace = false;
    auto codePointAt = [&nfkc, n](qsizetype i, qsizetype *width) -> char32_t {
        const QChar c = nfkc.at(i);
        if (c.isHighSurrogate() && i + 1 < n && nfkc.at(i + 1).isLowSurrogate()) {
            *width = 2;
            return QChar::surrogateToUcs4(c, nfkc.at(i + 1));
        }
        *width = 1;
        return c.unicode();
    };
    for (qsizetype i = 0; i < n;) {
        qsizetype width = 1;
        const char32_t c = codePointAt(i, &width);
        if (anonymisationtext::isInvisible(c)) {
            i += width;
            continue;
        }
        if (isDash(c)) {
            // A hyphen after a letter, followed (after any whitespace) by a letter, may break a
            // word ("Smi-⏎th", "Smi- th", "Black-thorne"): joined, or split with a space.
            qsizetype j = i + 1;
            while (j < n) {
                qsizetype w = 1;
                const char32_t next = codePointAt(j, &w);
                if (!QChar::isSpace(next) && !anonymisationtext::isInvisible(next))
                    break;
                j += w;
            }
            const bool afterLetter = !pendingSpace && !out.isEmpty() && out.back().isLetter();
            if (afterLetter && j < n && nfkc.at(j).isLetter()) {
                if (!joinBrokenWords)
                    pendingSpace = true;
                i = j;
                continue;
            }
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += u'-';
            i += width;
            continue;
        }
        if (QChar::isSpace(c) || c == u'_') {
            pendingSpace = true;
            i += width;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        if (isApostrophe(c))
            out += u'\'';
        else
            out += nfkc.mid(i, width);
        i += width;
    }
    return out;
}

/// Where `needle` occurs in `haystack` as a whole word; -1 when it does not.
qsizetype wholeWordIndex(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return -1;
    for (qsizetype from = 0;;) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return -1;
        const qsizetype end = at + needle.size();
        const bool before = at == 0 || !isWordChar(haystack.at(at - 1));
        const bool after = end >= haystack.size() || !isWordChar(haystack.at(end));
        if (before && after)
            return at;
        from = at + 1;
    }
}

/// Registration numbers and PINs, matched in capitals as regulators write them.
const QList<QRegularExpression> &identifierPatterns()
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(uR"(\b\d{2}[A-Z]\d{4}[A-Z]\b)"_s),
        QRegularExpression(
            uR"(\b(?:AS|BS|CH|CS|DT|HAD|OP|ODP|OT|PA|PH|PYL|RA|SL|SW|CP)\d{5,6}\b)"_s),
        QRegularExpression(
            uR"((?:\bPIN|\b[Rr]egistration (?:[Nn]umber|[Nn]o\.?)|\b(?:GMC|GDC|GOC|GPhC|NMC) (?:[Rr]eference )?(?:[Nn]umber|[Nn]o\.?)) ?:? ?([A-Z0-9]*\d[A-Z0-9]*(?:[-/][A-Z0-9]+)*)\b)"_s),
    };
    return patterns;
}

[[noreturn]] void unreadable(const QString &fileName, const QString &kind)
{
    throw LibraryError(
        LibraryError::Kind::InvalidData,
        Tr::tr("%1 could not be read back as %2 to check its anonymisation.").arg(fileName, kind));
}

/// A CSV file's records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                record.append(field);
                records.append(record);
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

namespace anonymisationtext {

bool isInvisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || c == 0x034F || c == 0x115F || c == 0x1160
           || c == 0x3164 || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F);
}

QString normalised(QStringView text, bool joinBrokenWords)
{
    return plain(text, joinBrokenWords).toCaseFolded();
}

} // namespace anonymisationtext

void AnonymisationVerifier::forbidName(const QString &name)
{
    const QString n = anonymisationtext::normalised(name);
    if (n.isEmpty())
        return;
    auto add = [this](const QString &display, const QString &normalisedName) {
        for (const Name &existing : std::as_const(m_names)) {
            if (existing.normalised == normalisedName)
                return;
        }
        m_names.append({display, normalisedName});
        std::stable_sort(m_names.begin(), m_names.end(), [](const Name &a, const Name &b) {
            return a.normalised.size() > b.normalised.size();
        });
    };
    add(name.simplified(), n);
    // "Jane Smith" also as "J. Smith" and "J Smith"; "Jane Anne Smith" as "J. A. Smith".
    const QStringList parts = name.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.constLast().size() >= 2 && parts.constFirst().at(0).isLetter()) {
        QString dotted;
        QString bare;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const QChar initial = parts.at(i).at(0);
            if (!initial.isLetter())
                return;
            dotted += QString(initial) + u". "_s;
            bare += QString(initial) + u' ';
        }
        const QString withDots = dotted + parts.constLast();
        const QString withoutDots = bare + parts.constLast();
        add(withDots, anonymisationtext::normalised(withDots));
        add(withoutDots, anonymisationtext::normalised(withoutDots));
    }
}

void AnonymisationVerifier::forbid(const QList<AnonymisationEntry> &entries,
                                   const QString &registrant)
{
    for (const AnonymisationEntry &e : entries) {
        if (e.confirmed && !e.original.trimmed().isEmpty()) {
            // A short name that is a common word ("Will") is left to the list: forbidding it
            // everywhere would refuse every file.
            const bool single = !e.original.trimmed().contains(u' ');
            if (e.kind == AnonymisationEntry::Kind::Registrant && single
                && AnonymisationSuggester::isStopWord(e.original.trimmed()))
                continue;
            forbidName(e.original);
        }
    }
    for (const AnonymisationEntry &e : anonymisation::registrantEntries(registrant)) {
        const QString original = e.original.trimmed();
        if (!original.contains(u' ') && AnonymisationSuggester::isStopWord(original))
            continue;
        forbidName(original);
    }
}

void AnonymisationVerifier::merge(const AnonymisationVerifier &other)
{
    for (const Name &n : other.m_names)
        forbidName(n.display);
}

AnonymisationVerifier AnonymisationVerifier::forCase(Library &library, CaseId id)
{
    const std::optional<Case> c = library.cases().find(id);
    if (!c) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           Tr::tr("There is no case with id %1.").arg(id.value));
    }
    AnonymisationRepository &repository = library.anonymisation();
    const QList<AnonymisationEntry> list = anonymisation::effectiveList(*c, repository.forCase(id));
    requireList(Anonymiser(list), c->reference);
    AnonymisationVerifier verifier;
    verifier.forbid(list, c->registrant);
    return verifier;
}

void AnonymisationVerifier::requireList(const Anonymiser &anonymiser, const QString &reference)
{
    if (anonymiser.isEmpty()) {
        throw LibraryError(
            LibraryError::Kind::InvalidData,
            Tr::tr("Case %1 cannot be exported anonymised: its anonymisation list is empty and it "
                   "has no registrant, so nothing would be replaced; enter the registrant or add "
                   "the names to its list first.")
                .arg(reference));
    }
}

QStringList AnonymisationVerifier::forbidden() const
{
    QStringList list;
    for (const Name &n : m_names)
        list.append(n.normalised);
    return list;
}

std::optional<AnonymisationFinding> AnonymisationVerifier::findIn(QStringView text,
                                                                  const QString &where) const
{
    if (text.isEmpty())
        return std::nullopt;
    const QString joined = anonymisationtext::normalised(text, true);
    const QString split = anonymisationtext::normalised(text, false);
    for (const Name &n : m_names) {
        if (wholeWordIndex(joined, n.normalised) >= 0 || wholeWordIndex(split, n.normalised) >= 0)
            return AnonymisationFinding{n.display, where};
    }
    for (const bool join : {true, false}) {
        const QString capitals = plain(text, join);
        for (const QRegularExpression &re : identifierPatterns()) {
            const QRegularExpressionMatch m = re.match(capitals);
            if (m.hasMatch())
                return AnonymisationFinding{m.captured(m.lastCapturedIndex()), where};
        }
    }
    return std::nullopt;
}

AnonymisationVerifier::Format AnonymisationVerifier::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"csv"_s)
        return Format::Csv;
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"qdpx"_s)
        return Format::Qdpx;
    return Format::Text;
}

namespace {

std::optional<AnonymisationFinding> checkJson(const AnonymisationVerifier &v,
                                              const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return v.findIn(value.toString(), Tr::tr("in %1").arg(path));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto f = checkJson(v, array.at(i), path + u'[' + QString::number(i) + u']'))
                return f;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (auto f = v.findIn(it.key(), Tr::tr("in the key %1").arg(child)))
                return f;
            if (auto f = checkJson(v, it.value(), child))
                return f;
        }
    }
    return std::nullopt;
}

std::optional<AnonymisationFinding> checkXml(const AnonymisationVerifier &v,
                                             const QByteArray &bytes, const QString &member)
{
    QXmlStreamReader xml(bytes);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (auto f = v.findIn(a.value(), Tr::tr("in %1, attribute %2 of <%3>")
                                                     .arg(member, a.name().toString(), element)))
                    return f;
            }
        } else if (xml.isCharacters() || xml.isComment()) {
            if (auto f = v.findIn(xml.text(), Tr::tr("in %1, in <%2>").arg(member, element)))
                return f;
        }
    }
    if (xml.hasError())
        unreadable(member, u"XML"_s);
    // The markup as a whole too: a name split over elements or entities.
    return v.findIn(QString::fromUtf8(bytes), Tr::tr("in %1").arg(member));
}

} // namespace

std::optional<AnonymisationFinding> AnonymisationVerifier::check(const QByteArray &bytes,
                                                                 Format format,
                                                                 const QString &fileName) const
{
    switch (format) {
    case Format::Pdf: {
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
        if (!document || document->isLocked())
            unreadable(fileName, u"PDF"_s);
        for (const QString &key : document->infoKeys()) {
            if (auto f = findIn(document->info(key), Tr::tr("in the PDF's %1").arg(key)))
                return f;
        }
        for (int i = 0; i < document->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            if (!page)
                unreadable(fileName, u"PDF"_s);
            if (auto f = findIn(page->text(QRectF()), Tr::tr("on page %1").arg(i + 1)))
                return f;
        }
        return std::nullopt;
    }
    case Format::Html: {
        const QString html = QString::fromUtf8(bytes);
        const HtmlExtraction extracted = HtmlExtractor::extract(html, fileName);
        if (auto f = findIn(extracted.text, Tr::tr("in the page's text")))
            return f;
        if (auto f = findIn(extracted.title, Tr::tr("in the page's title")))
            return f;
        return findIn(HtmlExtractor::decodeEntities(html), Tr::tr("in the page's markup"));
    }
    case Format::Csv: {
        const QList<QStringList> records = csvRecords(QString::fromUtf8(bytes));
        const QStringList header = records.isEmpty() ? QStringList() : records.constFirst();
        for (qsizetype r = 0; r < records.size(); ++r) {
            const QStringList &fields = records.at(r);
            for (qsizetype c = 0; c < fields.size(); ++c) {
                const QString column = c < header.size() && r > 0 ? header.at(c)
                                                                  : QString::number(c + 1);
                if (auto f = findIn(fields.at(c),
                                    Tr::tr("in row %1, column %2").arg(r + 1).arg(column)))
                    return f;
            }
        }
        return std::nullopt;
    }
    case Format::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            unreadable(fileName, u"JSON"_s);
        return checkJson(*this,
                         document.isArray() ? QJsonValue(document.array())
                                            : QJsonValue(document.object()),
                         QString());
    }
    case Format::Qdpx: {
        QBuffer buffer;
        buffer.setData(bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdUnzip))
            unreadable(fileName, u"a REFI-QDA project"_s);
        const QStringList members = zip.getFileNameList();
        for (const QString &member : members) {
            if (auto f = findIn(member, Tr::tr("in the member name %1").arg(member)))
                return f;
            if (!zip.setCurrentFile(member))
                unreadable(fileName, u"a REFI-QDA project"_s);
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::ReadOnly))
                unreadable(fileName, u"a REFI-QDA project"_s);
            const QByteArray content = file.readAll();
            file.close();
            const QString lower = member.toLower();
            if (lower.endsWith(u".qde"_s) || lower.endsWith(u".xml"_s)) {
                if (auto f = checkXml(*this, content, member))
                    return f;
            } else if (auto f = findIn(QString::fromUtf8(content), Tr::tr("in %1").arg(member))) {
                return f;
            }
        }
        zip.close();
        return std::nullopt;
    }
    case Format::Text:
        break;
    }
    return findIn(QString::fromUtf8(bytes), Tr::tr("in the text"));
}

std::optional<AnonymisationFinding> AnonymisationVerifier::checkFile(const QString &path,
                                                                     Format format) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw LibraryError(LibraryError::Kind::Io,
                           Tr::tr("%1 could not be read back to check its anonymisation: %2.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return check(file.readAll(), format, QFileInfo(path).fileName());
}

VerifiedExport::VerifiedExport(const AnonymisationVerifier *verifier, QString what)
    : m_verifier(verifier), m_what(std::move(what))
{}

VerifiedExport::~VerifiedExport()
{
    discard();
}

QString VerifiedExport::stage(const QString &path)
{
    const QFileInfo info(path);
    if (!m_verifier) {
        // A new export is private to its owner (0600) from its first byte; a file the user
        // chose to overwrite keeps the permissions it had (QSaveFile carries them over).
        if (!info.exists()) {
            QString problem;
            if (!privatefile::createEmpty(path, &problem)) {
                throw LibraryError(LibraryError::Kind::Io,
                                   Tr::tr("The file %1 could not be created: %2.")
                                       .arg(QDir::toNativeSeparators(path), problem));
            }
            m_staged.append({path, path});
        }
        return path;
    }
    QString temporary;
    QString problem;
    do {
        temporary = info.dir().filePath(
            u"."_s + info.fileName() + u".unverified-"_s
            + QString::number(QRandomGenerator::global()->generate(), 36));
    } while (QFileInfo::exists(temporary));
    if (!privatefile::createEmpty(temporary, &problem)) {
        throw LibraryError(LibraryError::Kind::Io,
                           Tr::tr("The file %1 could not be created: %2.")
                               .arg(QDir::toNativeSeparators(temporary), problem));
    }
    m_staged.append({path, temporary});
    return temporary;
}

void VerifiedExport::publish()
{
    if (!m_verifier) {
        m_staged.clear(); // written in place: nothing to move, nothing to remove
        return;
    }
    for (const Staged &s : std::as_const(m_staged)) {
        auto finding = m_verifier->findIn(QFileInfo(s.path).completeBaseName(),
                                          Tr::tr("in the file's name"));
        if (!finding)
            finding = m_verifier->checkFile(s.temporary, AnonymisationVerifier::formatOf(s.path));
        if (finding) {
            discard();
            throw LibraryError(
                LibraryError::Kind::InvalidData,
                Tr::tr("The %1 %2 was not saved: “%3” still appears %4.")
                    .arg(m_what, QDir::toNativeSeparators(s.path), finding->name, finding->where));
        }
    }
    for (const Staged &s : std::as_const(m_staged)) {
        if (std::rename(QFile::encodeName(s.temporary).constData(),
                        QFile::encodeName(s.path).constData())
            != 0) {
            discard();
            throw LibraryError(LibraryError::Kind::Io,
                               Tr::tr("The %1 could not be moved into place at %2.")
                                   .arg(m_what, QDir::toNativeSeparators(s.path)));
        }
    }
    m_staged.clear();
}

void VerifiedExport::discard()
{
    for (const Staged &s : std::as_const(m_staged))
        QFile::remove(s.temporary);
    m_staged.clear();
}

} // namespace casebench
