// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "export/anonymisationlist.h"
#include "import/outlinedetector.h"
#include "import/untrustedfile.h"
#include "model/case.h"
#include "model/casereference.h"
#include "model/document.h"
#include "model/libraryerror.h"
#include "model/storedsuggestion.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/fingerprintrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ImportService)
};

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// Reads a file whole (a regular file within the import limit: never /dev/zero or a FIFO), or
/// says in one sentence why it cannot be read.
std::optional<QByteArray> readBytes(const QString &path, const ImportLimits &limits, QString &error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        error = Tr::tr("%1 does not exist.").arg(fileNameOf(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        error = Tr::tr("%1 is a folder, not a document.").arg(fileNameOf(path));
        return std::nullopt;
    }
    QString problem;
    auto bytes = untrustedfile::read(path, limits.maxFileBytes, problem);
    if (!bytes)
        error = Tr::tr("“%1” cannot be imported: %2.").arg(fileNameOf(path), problem);
    return bytes;
}

/// A title a document's metadata gives that says nothing: a PDF's "(anonymous)" or "untitled",
/// a word processor's "Microsoft Word - file.docx", "Document1", or the file's own name.
bool isPlaceholderTitle(const QString &title, const QString &path)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        return true;
    static const QRegularExpression placeholder(
        uR"(^(?:\(?anonymous\)?|\(?untitled\)?|untitled document|document\s*\d*|microsoft (?:word|powerpoint|excel)\b.*|powerpoint presentation|title|no title|none|unknown)$|\.(?:docx?|pdf|odt|rtf|txt|html?|md)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(t).hasMatch())
        return true;
    const QFileInfo file(path);
    return t.compare(file.fileName(), Qt::CaseInsensitive) == 0
           || t.compare(file.completeBaseName(), Qt::CaseInsensitive) == 0
           || t.compare(file.baseName(), Qt::CaseInsensitive) == 0;
}

/// The regulator as a case reference writes it: fixed, never translated.
QString regulatorShortName(Regulator regulator)
{
    switch (regulator) {
    case Regulator::Hcpc:
        return u"HCPC"_s;
    case Regulator::SocialWorkEngland:
        return u"SWE"_s;
    case Regulator::Nmc:
        return u"NMC"_s;
    case Regulator::Gmc:
        return u"GMC"_s;
    case Regulator::Gdc:
        return u"GDC"_s;
    case Regulator::Goc:
        return u"GOC"_s;
    case Regulator::Gphc:
        return u"GPhC"_s;
    case Regulator::Gosc:
        return u"GOsC"_s;
    case Regulator::Other:
        break;
    }
    return {};
}

QString hearingWord(HearingType type)
{
    switch (type) {
    case HearingType::Final:
        return u"final"_s;
    case HearingType::Review:
        return u"review"_s;
    case HearingType::InterimOrder:
        return u"interim order"_s;
    case HearingType::Restoration:
        return u"restoration"_s;
    }
    return {};
}

/// A new case from what the document suggests: identifying fields and the title. Findings and
/// the sanction stay suggestions for the reviewer to accept.
Case caseFromSuggestions(CaseRepository &cases, const PreparedImport &prepared)
{
    const MetadataSuggestions &m = prepared.suggestions;
    Case c;
    c.reference = uniqueReference(
        ImportService::suggestedReference(m, prepared.path),
        [&cases](const QString &r) { return cases.findByReference(r).has_value(); });
    c.title = ImportService::suggestedTitle(m, prepared.extracted.title, prepared.path);
    if (m.regulator)
        c.regulator = m.regulator->value;
    if (m.profession)
        c.profession = m.profession->value;
    // The registrant from the start: their names are on the case's anonymisation list at once.
    if (m.registrant)
        c.registrant = m.registrant->value;
    if (m.hearingType)
        c.hearingType = m.hearingType->value;
    if (m.hearingDate)
        c.hearingDate = m.hearingDate->value;
    if (m.decisionDate)
        c.decisionDate = m.decisionDate->value;
    return c;
}

/// Puts the registration number on the case's anonymisation list unless it is there already.
void listRegistrationNumber(Library &library, CaseId caseId, const MetadataSuggestions &m)
{
    if (!m.registrationNumber || m.registrationNumber->value.trimmed().isEmpty())
        return;
    const AnonymisationEntry entry = anonymisation::registrationNumberEntry(
        m.registrationNumber->value);
    AnonymisationRepository &list = library.anonymisation();
    const QList<AnonymisationEntry> stored = list.forCase(caseId);
    const bool listed = std::any_of(
        stored.cbegin(), stored.cend(), [&entry](const AnonymisationEntry &e) {
            return anonymisation::sameOriginal(e.original, entry.original);
        });
    if (!listed)
        list.add(caseId, entry);
}

/// False when the new decision names a registrant the existing one never names: decisions
/// written from one template (a short interim order, say) differ in little but the name.
bool namesTheSameRegistrant(const PreparedImport &prepared, const QString &existingText)
{
    if (!prepared.suggestions.registrant)
        return true;
    static const QRegularExpression word(u"[\\p{L}\\p{M}'’-]{2,}"_s);
    QRegularExpressionMatchIterator it = word.globalMatch(prepared.suggestions.registrant->value);
    while (it.hasNext()) {
        const QString name = it.next().captured(0);
        static const QStringList titles{u"Mr"_s, u"Mrs"_s, u"Ms"_s,  u"Miss"_s,
                                        u"Mx"_s, u"Dr"_s,  u"Prof"_s};
        if (titles.contains(name, Qt::CaseInsensitive))
            continue;
        const QRegularExpression whole(u"(?<![\\p{L}\\p{M}])"_s + QRegularExpression::escape(name)
                                           + u"(?![\\p{L}\\p{M}])"_s,
                                       QRegularExpression::CaseInsensitiveOption);
        if (!whole.match(existingText).hasMatch())
            return false;
    }
    return true;
}

QString documentTitle(const PreparedImport &prepared)
{
    const QString title = prepared.extracted.title.trimmed();
    return title.isEmpty() ? QFileInfo(prepared.path).completeBaseName() : title;
}

} // namespace

ImportService::ImportService(Library &library) : m_library(library) {}

QString ImportService::suggestedReference(const MetadataSuggestions &m, const QString &path)
{
    if (m.reference && !m.reference->value.trimmed().isEmpty())
        return m.reference->value.simplified();
    QStringList parts;
    if (m.regulator)
        parts.append(regulatorShortName(m.regulator->value));
    parts.removeAll(QString());
    const QDate date = m.decisionDate && m.decisionDate->value.isValid()
                           ? m.decisionDate->value
                           : (m.hearingDate ? m.hearingDate->value : QDate());
    if (date.isValid())
        parts.append(date.toString(Qt::ISODate));
    if (!parts.isEmpty() && m.hearingType)
        parts.append(hearingWord(m.hearingType->value));
    if (!parts.isEmpty())
        return parts.join(u' ');
    // Nothing better: the file's name, unless it holds the registration number.
    const QString base = QFileInfo(path).completeBaseName().simplified();
    const QString number = m.registrationNumber ? m.registrationNumber->value.trimmed() : QString();
    if (base.isEmpty() || (!number.isEmpty() && base.contains(number, Qt::CaseInsensitive)))
        return Tr::tr("Imported");
    return base;
}

QString ImportService::suggestedTitle(const MetadataSuggestions &m, const QString &documentTitle,
                                      const QString &path)
{
    if (m.title && !m.title->value.trimmed().isEmpty())
        return m.title->value.simplified();
    return isPlaceholderTitle(documentTitle, path) ? QString() : documentTitle.simplified();
}

PreparedImport ImportService::prepare(const QString &path, const ImportLimits &limits)
{
    PreparedImport prepared;
    prepared.path = path;
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > limits.maxFileBytes) {
        // The reader refuses it by its size without reading it, in its own words.
        ReadResult refused = DocumentReader::readFile(path, limits);
        prepared.error = refused.ok() ? Tr::tr("%1 is too large to import.").arg(fileNameOf(path))
                                      : refused.error;
        return prepared;
    }
    const auto bytes = readBytes(path, limits, prepared.error);
    if (!bytes)
        return prepared;
    prepared.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    ReadResult read = DocumentReader::readBytes(*bytes, fileNameOf(path), limits);
    if (!read.ok()) {
        prepared.error = read.error.isEmpty()
                             ? Tr::tr("%1 could not be read as a document.").arg(fileNameOf(path))
                             : read.error;
        return prepared;
    }
    prepared.extracted = std::move(*read.extracted);
    if (prepared.extracted.text.trimmed().isEmpty()) {
        prepared.error = Tr::tr("%1 holds no text to import.").arg(fileNameOf(path));
        return prepared;
    }
    prepared.outline = OutlineDetector::detect(prepared.extracted.text,
                                               prepared.extracted.pageStarts);
    prepared.suggestions = MetadataExtractor::extract(prepared.extracted.text, prepared.outline);
    prepared.fingerprint = fingerprint::compute(prepared.extracted.text);
    return prepared;
}

ImportOutcome ImportService::store(const PreparedImport &prepared, const ImportTarget &target)
{
    if (!prepared.ok()) {
        ImportOutcome outcome;
        outcome.path = prepared.path;
        outcome.status = ImportStatus::Failed;
        outcome.message = prepared.error;
        return outcome;
    }
    try {
        return storeOrThrow(prepared, target);
    } catch (const LibraryError &e) {
        ImportOutcome outcome;
        outcome.path = prepared.path;
        outcome.status = ImportStatus::Failed;
        outcome.message
            = Tr::tr("%1 was not imported: %2").arg(fileNameOf(prepared.path), e.message());
        outcome.suggestions = prepared.suggestions;
        outcome.warnings = prepared.extracted.warnings;
        return outcome;
    }
}

ImportOutcome ImportService::storeOrThrow(const PreparedImport &prepared,
                                          const ImportTarget &target)
{
    ImportOutcome outcome;
    outcome.path = prepared.path;
    outcome.suggestions = prepared.suggestions;
    outcome.warnings = prepared.extracted.warnings;

    Transaction transaction(m_library);
    const QList<Document> same = m_library.documents().findByHash(prepared.contentHash);
    if (!same.isEmpty()) {
        const Document &existing = same.constFirst();
        const auto owner = m_library.cases().find(existing.caseId);
        outcome.status = ImportStatus::Duplicate;
        outcome.document = existing.id;
        outcome.caseId = existing.caseId;
        outcome.caseReference = owner ? owner->reference : QString();
        outcome.message = Tr::tr("%1 is already in the library as “%2” in case %3.")
                              .arg(fileNameOf(prepared.path), existing.title,
                                   outcome.caseReference);
        return outcome;
    }
    // The same decision in another rendering (PDF and text, a re-downloaded copy, DOCX).
    if (const auto match = m_library.fingerprints().findSameText(prepared.fingerprint)) {
        const auto existing = m_library.documents().find(match->document);
        const auto owner = existing ? m_library.cases().find(existing->caseId) : std::nullopt;
        if (existing && namesTheSameRegistrant(prepared, existing->text)) {
            // Rounded down, so that only the very same wording says 100%.
            const int percent = static_cast<int>(match->similarity * 100.0);
            outcome.status = ImportStatus::Duplicate;
            outcome.document = existing->id;
            outcome.caseId = existing->caseId;
            outcome.caseReference = owner ? owner->reference : QString();
            outcome.message = Tr::tr(
                                  "%1 has the same text as “%2” in case %3 (%4% of its wording).")
                                  .arg(fileNameOf(prepared.path), existing->title,
                                       outcome.caseReference)
                                  .arg(percent);
            return outcome;
        }
    }

    Case owner;
    if (target.isNewCase()) {
        owner = m_library.cases().add(caseFromSuggestions(m_library.cases(), prepared));
        outcome.caseCreated = true;
    } else {
        const auto found = m_library.cases().find(target.existingCase);
        if (!found) {
            throw LibraryError(LibraryError::Kind::NotFound,
                               Tr::tr("the case it was to go into (id %1) no longer exists.")
                                   .arg(target.existingCase.value));
        }
        owner = *found;
    }
    listRegistrationNumber(m_library, owner.id, prepared.suggestions);

    Document document;
    document.caseId = owner.id;
    document.kind = DocumentKind::Decision;
    document.title = documentTitle(prepared);
    document.sourceFileName = fileNameOf(prepared.path);
    document.contentHash = prepared.contentHash;
    document.text = prepared.extracted.text;
    if (prepared.suggestions.decisionDate)
        document.date = prepared.suggestions.decisionDate->value;
    document = m_library.documents().add(document, prepared.fingerprint);

    DocumentSource source;
    source.format = prepared.extracted.format;
    source.textHash = Document::hashOfText(document.text);
    source.warnings = prepared.extracted.warnings;
    m_library.outlines().save(document.id, prepared.outline, prepared.extracted.pageStarts, source);
    m_library.importSuggestions().add(document.id,
                                      StoredSuggestion::fromSuggestions(prepared.suggestions));
    transaction.commit();

    outcome.status = ImportStatus::Imported;
    outcome.document = document.id;
    outcome.caseId = owner.id;
    outcome.caseReference = owner.reference;
    return outcome;
}

ImportOutcome ImportService::importFile(const QString &path, const ImportTarget &target,
                                        const ImportLimits &limits)
{
    return store(prepare(path, limits), target);
}

} // namespace casebench
