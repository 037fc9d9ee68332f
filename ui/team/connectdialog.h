// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;

namespace casebench {
class Library;
}

namespace casebench::ui {

class FieldMessage;

/// File ▸ Connect to Team Library…: takes a postgresql://user@host:port/db URL (recent ones
/// offered), connects, and asks for a password only when the server wants one that libpq did
/// not find (~/.pgpass, a service file, PGPASSWORD). The password is passed in memory only and
/// never stored. A failure is shown in one sentence under the field and the dialog stays open.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asks for the password of `url`; returns false when the reviewer cancels.
    using PasswordPrompt = std::function<bool(const QString &url, QString &password)>;

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// The URL as typed.
    [[nodiscard]] QString url() const;
    void setUrl(const QString &url);
    /// The library connected to, once accepted.
    [[nodiscard]] std::unique_ptr<Library> takeLibrary();
    /// Replaces the password prompt (a QInputDialog with password echo), for tests.
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    [[nodiscard]] FieldMessage *message() const { return m_message; }

    /// Whether a connection error means the server wants a password libpq did not have.
    [[nodiscard]] static bool needsPassword(const QString &message);

public Q_SLOTS:
    /// Connects to the URL; on success remembers it (without a password) and accepts.
    void tryConnect();

private:
    QComboBox *m_url = nullptr;
    FieldMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    PasswordPrompt m_prompt;
    std::unique_ptr<Library> m_library;
};

} // namespace casebench::ui
