// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/case.h"
#include "model/sanction.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace casebench::test {

/// Keeps a test away from the user's settings: test-mode standard paths, and QSettings
/// written into a temporary folder that goes with this object.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Casebench"));
        QCoreApplication::setApplicationName(QStringLiteral("Casebench"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// A session over a new demo library in `folder`.
inline std::unique_ptr<LibrarySession> demoSession(const TempFolder &folder)
{
    return std::make_unique<LibrarySession>(
        demolibrary::create(folder.path(QStringLiteral("demo.casebench"))));
}

/// The id of the case with this reference (invalid when there is none).
inline CaseId caseByReference(LibrarySession &session, const QString &reference)
{
    const auto found = session.library().cases().findByReference(reference);
    return found ? found->id : CaseId();
}

/// A case with the fields the filters look at.
inline Case makeCase(const QString &reference, Regulator regulator, const QString &profession,
                     const QDate &decided, const QString &title = QStringLiteral("A test case"))
{
    Case c;
    c.reference = reference;
    c.title = title;
    c.regulator = regulator;
    c.profession = profession;
    c.registrant = QStringLiteral("Registrant of ") + reference;
    c.hearingDate = decided.isValid() ? decided.addDays(-2) : QDate();
    c.decisionDate = decided;
    return c;
}

/// An order imposed on a case.
inline Sanction makeSanction(CaseId caseId, SanctionType type, std::optional<int> months,
                             const QDate &decided)
{
    Sanction s;
    s.caseId = caseId;
    s.outcome = ReviewOutcome::Imposed;
    s.type = type;
    s.durationMonths = months;
    s.decidedOn = decided;
    s.startDate = decided;
    if (type == SanctionType::ConditionsOfPractice)
        s.conditions = QStringLiteral("Work under supervision.");
    return s;
}

} // namespace casebench::test
