// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace casebench::ui::appinfo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ui::appinfo)
};

/// The SVG's shape at a few sizes, for a Qt without its SVG plugin.
QIcon drawnIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2f, 0x5d, 0x8a));
        const qreal margin = size / 16.0;
        const qreal radius = size / 8.0;
        painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                                radius, radius);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QString version()
{
    return QStringLiteral(CASEBENCH_VERSION);
}

bool hasSyntaxHighlighting()
{
#ifdef CASEBENCH_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString aboutText()
{
    const QString highlighting
        = hasSyntaxHighlighting()
              ? Tr::tr("KDE Syntax-Highlighting: built in (structural highlighting in the reader).")
              : Tr::tr(
                  "KDE Syntax-Highlighting: not built in (the reader works without structural highlighting).");
    return u"<h3>Casebench %1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>"_s.arg(
        version().toHtmlEscaped(),
        Tr::tr(
            "A workbench for reviewing UK fitness-to-practise cases: their sanctions, decisions, "
            "and the factors panels weigh.")
            .toHtmlEscaped(),
        Tr::tr("Built with Qt %1; running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
            .toHtmlEscaped(),
        highlighting.toHtmlEscaped(),
        Tr::tr("Licensed under the GNU General Public License, version 3 or later.")
            .toHtmlEscaped());
}

QIcon applicationIcon()
{
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(u":/casebench/icons/casebench.svg"_s);
    return drawnIcon();
}

void addFileTypesFromBuildTree()
{
    const QDir share(QCoreApplication::applicationDirPath() + u"/../share"_s);
    if (!share.exists(u"mime/packages/org.casebench.Casebench.xml"_s))
        return;
    const QByteArray folder = QFile::encodeName(share.canonicalPath());
    QByteArray folders = qgetenv("XDG_DATA_DIRS");
    if (folders.isEmpty())
        folders = "/usr/local/share:/usr/share";
    if (folders.split(':').contains(folder))
        return;
    qputenv("XDG_DATA_DIRS", folder + ':' + folders);
}

} // namespace casebench::ui::appinfo
