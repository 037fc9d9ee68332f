// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include "untrustedfile.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ZipArchive)
};

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes, const QString &fileName, const QString &kind,
                       const ImportLimits &limits)
    : m_bytes(bytes), m_fileName(fileName), m_kind(kind), m_limits(limits)
{
    m_buffer.setData(m_bytes);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::fail(const QString &problem)
{
    m_error = Tr::tr("“%1” cannot be imported: %2.").arg(m_fileName, problem);
    return false;
}

bool ZipArchive::open()
{
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return fail(
            Tr::tr("it is not a valid %1 (its zip archive is damaged or truncated)").arg(m_kind));
    }
    const int count = m_zip->getEntriesCount();
    if (count < 0 || m_zip->getZipError() != 0)
        return fail(Tr::tr("it is not a valid %1 (its zip directory is damaged)").arg(m_kind));
    if (count > m_limits.maxArchiveEntries) {
        return fail(Tr::tr("its archive holds %1 entries, more than the limit of %2; it may be a "
                           "zip bomb")
                        .arg(count)
                        .arg(m_limits.maxArchiveEntries));
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0)
        return fail(Tr::tr("it is not a valid %1 (its zip directory is damaged)").arg(m_kind));
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        const auto compressed = static_cast<qint64>(info.compressedSize);
        const auto uncompressed = static_cast<qint64>(info.uncompressedSize);
        if (uncompressed < 0 || compressed < 0)
            return fail(Tr::tr("its archive gives impossible sizes; it may be a zip bomb"));
        total += uncompressed;
        if (total > m_limits.maxUncompressedBytes || total < 0) {
            return fail(
                Tr::tr("its archive would unpack to more than %1 MB, the limit; it may be a "
                       "zip bomb")
                    .arg(megabytes(m_limits.maxUncompressedBytes)));
        }
        // Tiny entries compress absurdly well without harm; judge only those worth inflating.
        if (uncompressed > 64 * 1024
            && uncompressed > qMax<qint64>(compressed, 1) * m_limits.maxCompressionRatio) {
            return fail(Tr::tr("its entry “%1” is compressed %2 to 1, more than the limit of %3 to "
                               "1; it may be a zip bomb")
                            .arg(info.name)
                            .arg(uncompressed / qMax<qint64>(compressed, 1))
                            .arg(m_limits.maxCompressionRatio));
        }
        m_entries.insert(info.name, Entry{compressed, uncompressed});
    }
    return true;
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_entries.contains(entry);
}

std::optional<QByteArray> ZipArchive::read(const QString &entry)
{
    const auto found = m_entries.constFind(entry);
    if (found == m_entries.cend() || !m_zip->setCurrentFile(entry, QuaZip::csSensitive)) {
        fail(Tr::tr("it is not a valid %1 (it has no “%2”)").arg(m_kind, entry));
        return std::nullopt;
    }
    if (found->uncompressed > m_limits.maxPartBytes) {
        fail(Tr::tr("its part “%1” unpacks to %2, more than the limit of %3 for one part")
                 .arg(entry, untrustedfile::sizeText(found->uncompressed),
                      untrustedfile::sizeText(m_limits.maxPartBytes)));
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Tr::tr("its part “%1” cannot be unpacked (the archive is damaged or encrypted)")
                 .arg(entry));
        return std::nullopt;
    }
    // The directory's sizes were checked; the data is checked again as it inflates, against the
    // size the directory claimed and against the limits, so a lying directory cannot help.
    const qint64 claimed = found->uncompressed;
    const qint64 ratioCap = qMax<qint64>(found->compressed, 1) * m_limits.maxCompressionRatio;
    const qint64 allowed = qMin(qMax<qint64>(claimed, qMin<qint64>(ratioCap, 64 * 1024)),
                                m_limits.maxPartBytes);
    QByteArray data;
    data.reserve(static_cast<qsizetype>(qMin<qint64>(claimed, 64 * 1024 * 1024)));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            fail(Tr::tr("its part “%1” is damaged and cannot be unpacked").arg(entry));
            return std::nullopt;
        }
        if (n == 0)
            break;
        data.append(chunk, static_cast<qsizetype>(n));
        m_inflated += n;
        if (data.size() > allowed || m_inflated > m_limits.maxUncompressedBytes) {
            fail(Tr::tr("its part “%1” unpacks to more than its archive says, or past the limits; "
                        "it may be a zip bomb")
                     .arg(entry));
            return std::nullopt;
        }
    }
    file.close();
    if (file.getZipError() != 0) {
        // A CRC mismatch: the entry was truncated or altered.
        fail(Tr::tr("its part “%1” is damaged (its checksum does not match)").arg(entry));
        return std::nullopt;
    }
    return data;
}

} // namespace casebench
