// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "fieldmessage.h"
#include "model/libraryerror.h"
#include "storage/library.h"
#include "storage/postgresurl.h"
#include "teamsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to Team Library"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A team library lives on a PostgreSQL server that many reviewers use at once. Enter its "
           "address as <b>postgresql://user@host:port/database</b>."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_url = new QComboBox(this);
    m_url->setObjectName(u"url"_s);
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->addItems(TeamSettings().recentUrls());
    m_url->lineEdit()->setPlaceholderText(u"postgresql://anna@casework.example.org:5432/library"_s);
    m_url->setMinimumContentsLength(48);
    layout->addWidget(m_url);

    m_message = new FieldMessage(this);
    layout->addWidget(m_message);

    auto *note = new QLabel(
        tr("Passwords come from your ~/.pgpass or service file. When the server asks for one they "
           "do not hold, Casebench asks you and keeps it only while it runs; it never saves it."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QComboBox::editTextChanged, m_message, &FieldMessage::clearMessage);

    m_prompt = [this](const QString &url, QString &password) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("Password"),
                                         tr("The server asks for a password for %1:").arg(url),
                                         QLineEdit::Password, QString(), &ok);
        return ok;
    };
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::url() const
{
    return m_url->currentText().trimmed();
}

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setEditText(url);
}

std::unique_ptr<Library> ConnectDialog::takeLibrary()
{
    return std::move(m_library);
}

bool ConnectDialog::needsPassword(const QString &message)
{
    // Database::isPasswordRequired: Casebench's sentence when none was found, libpq's words
    // when the server refused one (or none was supplied).
    return message.contains(u"a password is required"_s)
           || message.contains(u"no password supplied"_s)
           || message.contains(u"password authentication failed"_s);
}

void ConnectDialog::tryConnect()
{
    const QString address = url();
    PostgresUrl parsed;
    QString problem;
    if (!Library::isUrl(address)) {
        m_message->showError(
            tr("“%1” is not a team library address; it starts with postgresql://.").arg(address));
        return;
    }
    if (!PostgresUrl::parse(address, parsed, problem)) {
        m_message->showError(problem);
        return;
    }
    QString password;
    for (int attempt = 0; attempt < 4; ++attempt) {
        try {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            auto library = Library::open(address, password);
            QGuiApplication::restoreOverrideCursor();
            m_library = std::move(library);
            TeamSettings().addRecentUrl(address);
            accept();
            return;
        } catch (const LibraryError &e) {
            QGuiApplication::restoreOverrideCursor();
            if (!needsPassword(e.message()) || !m_prompt) {
                m_message->showError(e.message());
                return;
            }
            if (attempt > 0 && !password.isEmpty())
                m_message->showError(tr("The server did not accept that password."));
            if (!m_prompt(parsed.withoutPassword(), password) || password.isEmpty()) {
                m_message->showError(e.message());
                return;
            }
        }
    }
    m_message->showError(tr("The server did not accept the password; ask its administrator."));
}

} // namespace casebench::ui
