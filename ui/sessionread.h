// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/libraryerror.h"

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <functional>

namespace casebench::ui {

/// Runs `read`, a view's re-read of the library in a slot connected to a LibrarySession signal.
/// The edit that sent the signal is saved by then: a read that fails must neither leave the slot
/// (an exception through Qt's signal machinery) nor be taken for a failed edit. Its message goes
/// to `report` when given (the view's own error display), else to the session's errorOccurred
/// (the main window shows it). Returns whether the read went through.
template <typename Read>
bool readAfterChange(LibrarySession *session, Read &&read,
                     const std::function<void(const QString &)> &report = {}) noexcept
{
    QString problem;
    try {
        read();
        return true;
    } catch (const LibraryError &e) {
        problem = e.message();
    } catch (const std::exception &e) {
        problem = QString::fromLocal8Bit(e.what());
    }
    const QString message
        = QCoreApplication::translate(
              "casebench", "The change was saved, but the view could not be brought up to date: %1")
              .arg(problem);
    try {
        if (report)
            report(message);
        else if (session)
            Q_EMIT session->errorOccurred(message);
    } catch (...) { // NOLINT(bugprone-empty-catch): nothing more can be told from here
    }
    return false;
}

} // namespace casebench::ui
