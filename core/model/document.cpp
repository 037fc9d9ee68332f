// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QCryptographicHash>

namespace casebench {

QString Document::hashOfText(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace casebench
