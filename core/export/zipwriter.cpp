// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include "model/libraryerror.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

LibraryError zipError(const QString &entry)
{
    return LibraryError(
        LibraryError::Kind::Io,
        QCoreApplication::translate("casebench", "The archive entry “%1” could not be written.")
            .arg(entry));
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    m_entries.append({name, data});
}

QByteArray ZipWriter::finish() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        throw zipError(u"(archive)"_s);
    const QDateTime stamp = QDateTime::currentDateTime();
    for (const auto &[name, data] : m_entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size())
            throw zipError(name);
        file.close();
        if (file.getZipError() != 0)
            throw zipError(name);
    }
    zip.close();
    if (zip.getZipError() != 0)
        throw zipError(u"(archive)"_s);
    return bytes;
}

} // namespace casebench
