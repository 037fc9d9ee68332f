// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryerror.h"

namespace casebench {

LibraryError::LibraryError(Kind kind, QString message)
    : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

} // namespace casebench
