// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionsdialog.h"

#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "suggestionmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

SuggestionsDialog::SuggestionsDialog(LibrarySession *session, CaseId caseId, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new SuggestionModel(session, this))
{
    setObjectName(u"suggestionsDialog"_s);
    const auto c = session->library().cases().find(caseId);
    setWindowTitle(tr("Suggestions for %1").arg(c ? c->reference : QString()));
    m_model->setCase(caseId);

    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"suggestionsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
    m_error->hide();
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"suggestionsNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"suggestionsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::PassageColumn,
                                                     QHeaderView::Stretch);
    m_view->resizeColumnsToContents();

    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(u"acceptSuggestionButton"_s);
    m_acceptAll = new QPushButton(tr("Accept A&ll"), this);
    m_acceptAll->setObjectName(u"acceptAllSuggestionsButton"_s);
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(u"dismissSuggestionButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_acceptAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_error);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_accept, &QPushButton::clicked, this, &SuggestionsDialog::acceptSelected);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionsDialog::acceptAll);
    connect(m_dismiss, &QPushButton::clicked, this, &SuggestionsDialog::dismissSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuggestionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SuggestionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SuggestionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuggestionsDialog::updateButtons);
    resize(900, 420);
    updateButtons();
}

int SuggestionsDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void SuggestionsDialog::run(const std::function<QStringList()> &edit)
{
    try {
        const QStringList notes = edit();
        m_notes->setText(notes.join(u'\n'));
        m_notes->setVisible(!notes.isEmpty());
        m_error->hide();
    } catch (const LibraryError &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    updateButtons();
}

void SuggestionsDialog::acceptSelected()
{
    const int row = selectedRow();
    run([this, row] { return m_model->accept(row); });
}

void SuggestionsDialog::acceptAll()
{
    run([this] { return m_model->acceptAll(); });
}

void SuggestionsDialog::dismissSelected()
{
    const int row = selectedRow();
    run([this, row] {
        m_model->dismiss(row);
        return QStringList();
    });
}

void SuggestionsDialog::updateButtons()
{
    const int row = selectedRow();
    const int pending = m_model->pendingCount();
    m_accept->setEnabled(row >= 0 && !m_model->isHeld(row));
    m_dismiss->setEnabled(row >= 0);
    m_acceptAll->setEnabled(pending > 0);
    if (m_model->rowCount() == 0)
        m_headline->setText(
            tr("The documents of this case made no suggestions that are still open."));
    else
        m_headline->setText(
            tr("%1 of %2 suggestions differ from the case. Accepting one changes the case (Edit ▸ Undo takes it back); nothing changes until you accept.")
                .arg(pending)
                .arg(m_model->rowCount()));
}

} // namespace casebench::ui
