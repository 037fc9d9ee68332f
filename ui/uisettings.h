// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace casebench::ui {

/// The window's settings, typed. Stored with QSettings under organisation and application
/// "Casebench"; tests redirect them with QStandardPaths::setTestModeEnabled and
/// QSettings::setPath.
class UiSettings
{
public:
    /// Setting keys.
    struct Keys
    {
        static constexpr const char16_t *windowGeometry = u"window/geometry";
        static constexpr const char16_t *windowState = u"window/state";
        static constexpr const char16_t *panelSplitter = u"window/panelSplitter";
        static constexpr const char16_t *caseTableHeader = u"window/caseTableHeader";
        static constexpr const char16_t *filterBarVisible = u"window/filterBarVisible";
        static constexpr const char16_t *recentFiles = u"files/recent";
        static constexpr const char16_t *lastLibrary = u"files/lastLibrary";
    };

    static constexpr int maxRecentFiles = 8;

    UiSettings();

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    [[nodiscard]] QByteArray panelSplitter() const;
    void setPanelSplitter(const QByteArray &value);
    [[nodiscard]] QByteArray caseTableHeader() const;
    void setCaseTableHeader(const QByteArray &value);
    [[nodiscard]] bool filterBarVisible() const;
    void setFilterBarVisible(bool visible);

    /// Recently opened libraries, most recent first; files that no longer exist are pruned.
    [[nodiscard]] QStringList recentFiles();
    /// Puts a library first in the list (absolute path, no duplicates, at most eight).
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// The library open when the window last closed; empty when none.
    [[nodiscard]] QString lastLibrary() const;
    void setLastLibrary(const QString &path);

private:
    QVariant value(const char16_t *key, const QVariant &fallback = {}) const;
    void setValue(const char16_t *key, const QVariant &value);

    QSettings m_settings;
};

} // namespace casebench::ui
