// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefile.h"

#include <QFile>
#include <QFileInfo>

namespace casebench::privatefile {

bool createEmpty(const QString &path, QString *error)
{
    QFile file(path);
    // The mode is given at creation, so the file is never readable by others, not even briefly;
    // setPermissions afterwards undoes a umask that took the owner's own bits away.
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly, ownerOnly)) {
        if (error != nullptr)
            *error = file.errorString();
        return false;
    }
    file.close();
    if (!QFile::setPermissions(path, ownerOnly)) {
        if (error != nullptr)
            *error = QFile(path).errorString();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool readableByOthers(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    return (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0;
}

} // namespace casebench::privatefile
