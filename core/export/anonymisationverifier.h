// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymiser.h"
#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

class Library;

/// Text as a reader's search sees it, for checking that no name survives anonymisation.
namespace anonymisationtext {

/// NFKC (ligatures and full-width letters become plain letters), invisible format characters
/// dropped (soft hyphen, zero-width space and joiners, word joiner, byte order mark and every
/// other Unicode Cf character), apostrophes and dashes unified, case folded and whitespace runs
/// collapsed to one space. A hyphen between letters, with or without whitespace after it
/// ("Smi-⏎th", "Fenwick-Tate"), joins the two halves when `joinBrokenWords`, else it becomes a
/// space: search both forms.
QString normalised(QStringView text, bool joinBrokenWords = true);

/// True for a character that is drawn as nothing (Unicode Cf: U+00AD, U+200B…U+200F, U+2060,
/// U+FEFF…).
bool isInvisible(char32_t c);

} // namespace anonymisationtext

/// A name found in an anonymised file.
struct AnonymisationFinding
{
    QString name;  ///< as the list writes it ("Jane Smith", "Smith", "12A3456E")
    QString where; ///< "on page 4", "in row 3, column Quote", "in documents[0].text"
};

/// Checks that an anonymised file names no one: its text is extracted as a reader would (Poppler
/// for PDF, the page's text and attributes for HTML, every field of a CSV file, every string of a
/// JSON file, every member of a REFI-QDA package), normalised (anonymisationtext::normalised, with
/// broken words both joined and split) and searched, by whole words and ignoring case, for
/// every forbidden name: each confirmed original on the anonymisation lists, each part of the
/// registrant's name of two letters or more, its initial-and-surname forms ("J. Smith",
/// "J Smith"), and anything shaped like a registration number or PIN (12A3456E, SW123456, a value
/// after "PIN" or "registration number"). Cheap to copy; usable on any thread.
class AnonymisationVerifier
{
public:
    enum class Format { Pdf, Html, Csv, Json, Qdpx, Text };

    AnonymisationVerifier() = default;

    /// Forbids what `entries` replace (confirmed entries) and the parts of `registrant`'s name.
    void forbid(const QList<AnonymisationEntry> &entries, const QString &registrant = {});
    /// Forbids one name (and, for a name of several words, its initial-and-surname forms).
    void forbidName(const QString &name);

    /// Forbids what `other` forbids as well (an export of several cases).
    void merge(const AnonymisationVerifier &other);

    /// The case's effective list and registrant. Throws LibraryError: NotFound, or InvalidData
    /// when the case has nothing to anonymise with (an empty list and no registrant), since an
    /// "anonymised" export of it would pretend.
    static AnonymisationVerifier forCase(Library &library, CaseId id);
    /// Throws LibraryError (InvalidData) when `anonymiser` replaces nothing: `reference` names
    /// the case in the message.
    static void requireList(const Anonymiser &anonymiser, const QString &reference);

    /// The forbidden names, normalised, longest first.
    [[nodiscard]] QStringList forbidden() const;

    /// The first forbidden name in `text`, with `where` as its place.
    [[nodiscard]] std::optional<AnonymisationFinding> findIn(QStringView text,
                                                             const QString &where) const;
    /// The first forbidden name in the file's bytes, read as `format`. Throws LibraryError (Io,
    /// InvalidData) when the file cannot be read back as that format.
    [[nodiscard]] std::optional<AnonymisationFinding> check(const QByteArray &bytes, Format format,
                                                            const QString &fileName) const;
    /// The same for a file on disk.
    [[nodiscard]] std::optional<AnonymisationFinding> checkFile(const QString &path,
                                                                Format format) const;

    /// The format a file name's suffix implies (pdf, html/htm, csv, json, qdpx; else Text).
    static Format formatOf(const QString &path);

private:
    struct Name
    {
        QString display;
        QString normalised;
    };
    QList<Name> m_names;
};

/// Writes anonymised files under temporary names beside their destinations, verifies each
/// (AnonymisationVerifier::checkFile) and only then renames them into place; when a name
/// survives, every temporary file is deleted and LibraryError (InvalidData) says what was found
/// where. Without a verifier (not anonymising) files are written straight to their paths.
class VerifiedExport
{
public:
    /// `what` names the export in the refusal: "anonymised bundle", "anonymised JSON file".
    VerifiedExport(const AnonymisationVerifier *verifier, QString what);
    ~VerifiedExport(); ///< removes temporary files not published
    VerifiedExport(const VerifiedExport &) = delete;
    VerifiedExport &operator=(const VerifiedExport &) = delete;

    /// The path to write `path`'s content to: a new temporary file in the same folder, or
    /// `path` itself without a verifier. Either is created empty and private to its owner
    /// (0600) first, unless it is an existing file being overwritten (which keeps its
    /// permissions); discard() removes what was created and not published. Throws
    /// LibraryError (Io).
    [[nodiscard]] QString stage(const QString &path);
    /// Verifies every staged file and renames them into place. Throws LibraryError.
    void publish();
    /// Discards what was staged (a cancelled export).
    void discard();

private:
    struct Staged
    {
        QString path;
        QString temporary;
    };
    const AnonymisationVerifier *m_verifier;
    QString m_what;
    QList<Staged> m_staged;
};

} // namespace casebench
