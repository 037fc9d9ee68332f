// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

#include <QBuffer>
#include <QHash>

#include <memory>

class QuaZip;

namespace casebench {

/// A DOCX, ODT or QDPX package held in memory, opened with the import limits in force: the entry
/// count, the total uncompressed size and each entry's compression ratio are checked from the
/// central directory before anything is inflated, and again while an entry is inflated (a
/// directory can lie); no entry is inflated past ImportLimits::maxPartBytes. Errors are
/// sentences naming the file.
class ZipArchive
{
public:
    /// `kind` names the format in messages ("Word document").
    ZipArchive(const QByteArray &bytes, const QString &fileName, const QString &kind,
               const ImportLimits &limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Reads the central directory and checks it; false with error() set when it fails.
    bool open();
    [[nodiscard]] bool contains(const QString &entry) const;
    /// The inflated entry; nothing with error() set when it cannot be read or breaks a limit.
    std::optional<QByteArray> read(const QString &entry);
    [[nodiscard]] QString error() const { return m_error; }

private:
    struct Entry
    {
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };

    bool fail(const QString &problem);

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_fileName;
    QString m_kind;
    ImportLimits m_limits;
    QHash<QString, Entry> m_entries;
    qint64 m_inflated = 0;
    QString m_error;
};

} // namespace casebench
