// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/ids.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QSplitter;
class QTableView;

namespace casebench::ui {

class CaseForm;
class DocumentListModel;
class SanctionEditor;
class SanctionHistoryModel;

/// The selected case, as a side panel: its fields (CaseForm), its sanction history with Add /
/// Remove and the editor for the selected entry, and its documents.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(QWidget *parent = nullptr);

    void setSession(LibrarySession *session);
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const;

    [[nodiscard]] CaseForm *form() const { return m_form; }
    [[nodiscard]] SanctionEditor *sanctionEditor() const { return m_editor; }
    [[nodiscard]] QTableView *historyView() const { return m_historyView; }
    [[nodiscard]] SanctionHistoryModel *historyModel() const { return m_historyModel; }
    [[nodiscard]] DocumentListModel *documentModel() const { return m_documentModel; }
    [[nodiscard]] QTableView *documentView() const { return m_documentView; }
    /// Splits the case's fields, its sanctions and its documents (remembered by the window).
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    void resetSplitter();

    /// Selects an entry of the shown history (and shows it in the editor).
    void selectSanction(SanctionId id);
    [[nodiscard]] SanctionId selectedSanction() const { return m_selectedSanction; }

Q_SIGNALS:
    /// An edit was refused; the message is one sentence for the user.
    void errorOccurred(const QString &message);

private:
    QWidget *createSanctionSection();
    QWidget *createDocumentSection();
    void onHistoryChanged();
    void onCurrentEntryChanged();
    void addSanction();
    void removeSanction();
    void updateButtons();

    QPointer<LibrarySession> m_session;
    QSplitter *m_splitter = nullptr;
    CaseForm *m_form = nullptr;
    SanctionHistoryModel *m_historyModel = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_addSanction = nullptr;
    QPushButton *m_removeSanction = nullptr;
    SanctionEditor *m_editor = nullptr;
    DocumentListModel *m_documentModel = nullptr;
    QTableView *m_documentView = nullptr;
    SanctionId m_selectedSanction;
    bool m_syncing = false;
};

} // namespace casebench::ui
