// SPDX-License-Identifier: GPL-3.0-or-later
// Library::createFilled: a new library and its first content, all or nothing on both backends.
#include "library.h"

using namespace Qt::StringLiterals;

namespace casebench {

std::unique_ptr<Library> Library::createFilled(const QString &path, const Filler &fill,
                                               const QString &password)
{
    if (isUrl(path))
        return createPostgres(path, password, fill);
    auto library = create(path, password);
    if (!fill)
        return library;
    try {
        fill(*library);
    } catch (...) {
        // The file is ours, just made: do not leave a half-filled library behind.
        library.reset();
        removeNewFile(path);
        throw;
    }
    return library;
}

} // namespace casebench
