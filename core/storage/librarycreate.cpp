// SPDX-License-Identifier: GPL-3.0-or-later
// Library::createFilled: a new library and its first content, all or nothing on both backends.
#include "library.h"

#include "migrations.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace casebench {

std::unique_ptr<Library> Library::createFilled(const QString &path, const Filler &fill,
                                               const QString &password, int version)
{
    if (version <= 0)
        version = migrations::latestVersion();
    if (isUrl(path))
        return createPostgres(path, version, password, fill);
    auto library = createAtVersion(path, version, password);
    if (!fill)
        return library;
    try {
        fill(*library);
    } catch (...) {
        // The file is ours, just made: do not leave a half-filled library behind.
        library.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
        throw;
    }
    return library;
}

} // namespace casebench
