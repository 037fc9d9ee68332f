// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/documentreader.h"
#include "import/metadataextractor.h"
#include "model/enumtable.h"
#include "model/ids.h"
#include "model/outline.h"
#include "model/textfingerprint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

class Library;

/// What became of one file.
enum class ImportStatus { Imported, Duplicate, Failed };

template <>
struct EnumTable<ImportStatus>
{
    static constexpr std::array<EnumEntry<ImportStatus>, 3> entries{{
        {ImportStatus::Imported, u"imported", QT_TRANSLATE_NOOP("casebench", "Imported")},
        {ImportStatus::Duplicate, u"duplicate", QT_TRANSLATE_NOOP("casebench", "Duplicate")},
        {ImportStatus::Failed, u"failed", QT_TRANSLATE_NOOP("casebench", "Failed")},
    }};
};

/// Where imported documents go: an existing case, or a new case per file made from what the
/// document suggests.
struct ImportTarget
{
    CaseId existingCase; ///< invalid: a new case for each file

    static ImportTarget newCase() { return {}; }
    static ImportTarget intoCase(CaseId id) { return {id}; }
    [[nodiscard]] bool isNewCase() const { return !existingCase.isValid(); }
};

/// A file read and analysed, not yet stored: the part of an import that needs no library and
/// can run on any thread.
struct PreparedImport
{
    QString path;
    QString contentHash; ///< SHA-256 of the file's bytes, lower-case hex
    ExtractedText extracted;
    Outline outline;
    MetadataSuggestions suggestions;
    /// The text's fingerprint: store() only looks up the documents sharing its bands.
    TextFingerprint fingerprint;
    QString error; ///< one sentence naming the file and the problem; empty when it was read

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// The result of importing one file.
struct ImportOutcome
{
    QString path;
    ImportStatus status = ImportStatus::Failed;
    /// Why it failed, or which document it duplicates; empty when imported.
    QString message;
    DocumentId document; ///< the new document, or for a duplicate the one already there
    CaseId caseId;       ///< the case it went into (or the duplicate's)
    QString caseReference;
    bool caseCreated = false;
    MetadataSuggestions suggestions; ///< what the document suggested (empty unless read)
    QStringList warnings;            ///< what the reader noted without refusing the file
};

/// Imports decision files into a library: read → outline → metadata suggestions → text
/// fingerprint → duplicate check (the same bytes, or the same text in another rendering: see
/// FingerprintRepository::findSameText) → one transaction storing the document, its outline, pages
/// and suggestions (and the new case, if any). A failure rolls everything back: no partial document
/// is left. Suggestions never overwrite what a reviewer entered: an existing case's fields are left
/// alone, and a new case takes only its identifying fields (reference, title, regulator,
/// profession, registrant, hearing type and dates) from them; findings and the sanction stay
/// suggestions to accept. The registrant's registration number goes on the case's anonymisation
/// list (new or existing case) in the same transaction.
class ImportService
{
public:
    explicit ImportService(Library &library);

    /// Reads and analyses a file. Pure and thread-safe: no library is touched.
    static PreparedImport prepare(const QString &path, const ImportLimits &limits = {});

    /// Stores a prepared file, in one transaction. Never throws: failures come back as Failed.
    ImportOutcome store(const PreparedImport &prepared, const ImportTarget &target);

    /// A new case's reference: the decision's case number, else one built from what identifies
    /// the case without naming the person ("NMC 2026-03-14 review": regulator, decision date,
    /// hearing type), else the file's name. Never the registration number or PIN.
    static QString suggestedReference(const MetadataSuggestions &m, const QString &path);

    /// A new case's title: the suggested title, else the document's own title when it says
    /// something ("(anonymous)", "Microsoft Word - …", "untitled" and the file's name do not),
    /// else empty.
    static QString suggestedTitle(const MetadataSuggestions &m, const QString &documentTitle,
                                  const QString &path);

    /// prepare() then store().
    ImportOutcome importFile(const QString &path, const ImportTarget &target,
                             const ImportLimits &limits = {});

private:
    ImportOutcome storeOrThrow(const PreparedImport &prepared, const ImportTarget &target);

    Library &m_library;
};

} // namespace casebench
