// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

UiSettings::UiSettings() : m_settings(u"Casebench"_s, u"Casebench"_s) {}

QVariant UiSettings::value(const char16_t *key, const QVariant &fallback) const
{
    return m_settings.value(QString::fromUtf16(key), fallback);
}

void UiSettings::setValue(const char16_t *key, const QVariant &value)
{
    m_settings.setValue(QString::fromUtf16(key), value);
}

QByteArray UiSettings::windowGeometry() const
{
    return value(Keys::windowGeometry).toByteArray();
}
void UiSettings::setWindowGeometry(const QByteArray &v)
{
    setValue(Keys::windowGeometry, v);
}
QByteArray UiSettings::windowState() const
{
    return value(Keys::windowState).toByteArray();
}
void UiSettings::setWindowState(const QByteArray &v)
{
    setValue(Keys::windowState, v);
}
QByteArray UiSettings::panelSplitter() const
{
    return value(Keys::panelSplitter).toByteArray();
}
void UiSettings::setPanelSplitter(const QByteArray &v)
{
    setValue(Keys::panelSplitter, v);
}
QByteArray UiSettings::caseTableHeader() const
{
    return value(Keys::caseTableHeader).toByteArray();
}
void UiSettings::setCaseTableHeader(const QByteArray &v)
{
    setValue(Keys::caseTableHeader, v);
}
bool UiSettings::filterBarVisible() const
{
    return value(Keys::filterBarVisible, true).toBool();
}
void UiSettings::setFilterBarVisible(bool visible)
{
    setValue(Keys::filterBarVisible, visible);
}

QStringList UiSettings::recentFiles()
{
    const QStringList stored = value(Keys::recentFiles).toStringList();
    QStringList kept;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !kept.contains(path) && kept.size() < maxRecentFiles)
            kept.append(path);
    }
    if (kept != stored)
        setValue(Keys::recentFiles, kept);
    return kept;
}

void UiSettings::addRecentFile(const QString &path)
{
    const QString file = normalised(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    setValue(Keys::recentFiles, files);
}

void UiSettings::removeRecentFile(const QString &path)
{
    QStringList files = value(Keys::recentFiles).toStringList();
    files.removeAll(normalised(path));
    setValue(Keys::recentFiles, files);
}

void UiSettings::clearRecentFiles()
{
    m_settings.remove(QString::fromUtf16(Keys::recentFiles));
}

QString UiSettings::lastLibrary() const
{
    return value(Keys::lastLibrary).toString();
}

void UiSettings::setLastLibrary(const QString &path)
{
    setValue(Keys::lastLibrary, path.isEmpty() ? QString() : normalised(path));
}

} // namespace casebench::ui
