// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace casebench {

enum class DocumentKind {
    Decision,
    Transcript,
    WitnessStatement,
    Submission,
    Testimonial,
    NewsReport,
    Other
};

template <>
struct EnumTable<DocumentKind>
{
    static constexpr std::array<EnumEntry<DocumentKind>, 7> entries{{
        {DocumentKind::Decision, u"decision", QT_TRANSLATE_NOOP("casebench", "Decision")},
        {DocumentKind::Transcript, u"transcript", QT_TRANSLATE_NOOP("casebench", "Transcript")},
        {DocumentKind::WitnessStatement, u"witness_statement",
         QT_TRANSLATE_NOOP("casebench", "Witness statement")},
        {DocumentKind::Submission, u"submission", QT_TRANSLATE_NOOP("casebench", "Submission")},
        {DocumentKind::Testimonial, u"testimonial", QT_TRANSLATE_NOOP("casebench", "Testimonial")},
        {DocumentKind::NewsReport, u"news_report", QT_TRANSLATE_NOOP("casebench", "News report")},
        {DocumentKind::Other, u"other", QT_TRANSLATE_NOOP("casebench", "Other")},
    }};
};

/// A piece of evidence belonging to a case, held as its imported text.
struct Document
{
    DocumentId id;
    CaseId caseId;
    DocumentKind kind = DocumentKind::Decision;
    QString title;
    QString sourceFileName; ///< the file it was imported from (name only), may be empty
    QString contentHash;    ///< lower-case hex SHA-256 of the source bytes (or of the text)
    QString text;           ///< the imported text; passage offsets index into it (UTF-16)
    QDate date;             ///< the document's own date, if known
    QDateTime imported;     ///< set by the repository (UTC)
    QString modifiedBy;     ///< who last wrote it; a stamp set by the repository (schema 6)

    /// SHA-256 of the UTF-8 text, as lower-case hex: the hash for documents written by us.
    static QString hashOfText(const QString &text);

    /// Every field but the modifiedBy stamp.
    friend bool operator==(const Document &a, const Document &b)
    {
        return a.id == b.id && a.caseId == b.caseId && a.kind == b.kind && a.title == b.title
               && a.sourceFileName == b.sourceFileName && a.contentHash == b.contentHash
               && a.text == b.text && a.date == b.date && a.imported == b.imported;
    }
};

} // namespace casebench
