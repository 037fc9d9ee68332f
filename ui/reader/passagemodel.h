// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/factor.h"
#include "model/passage.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <array>
#include <functional>

namespace casebench::ui {

/// A case's passages as a tree: five groups (findings, aggravating, mitigating, insight and
/// remediation, context) by the category of each passage's factor, each passage with its
/// factor, citation and note. The note is editable (an undoable edit through the session).
/// Follows every passage edit, undo and redo by rows inserted, changed and removed.
class PassageModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Quote, FactorColumn, CitationColumn, Note, ColumnCount };
    enum Roles {
        PassageIdRole = Qt::UserRole + 1, ///< qint64; 0 on a group row
        DocumentIdRole,                   ///< qint64
        StartRole,
        EndRole,
        FactorIdRole, ///< qint64
        CategoryRole, ///< int (FactorCategory), on groups and passages
    };
    /// Says where a passage is ("¶ 27, Decision on sanction"); the reader gives it its outlines.
    using CitationProvider = std::function<QString(const Passage &)>;

    explicit PassageModel(QObject *parent = nullptr);

    void setSession(LibrarySession *session);
    /// Shows a case's passages (an invalid id shows five empty groups); resets the model.
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    void setCitationProvider(CitationProvider provider);
    /// Reloads the factors (names, colours, categories) and regroups: after codebook edits.
    void reloadCodebook();

    [[nodiscard]] QModelIndex indexOf(PassageId id, int column = 0) const;
    [[nodiscard]] QModelIndex groupIndex(FactorCategory category) const;
    [[nodiscard]] std::optional<Passage> passageAt(const QModelIndex &index) const;
    [[nodiscard]] int passageCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// An edit was refused; one sentence for the user.
    void errorOccurred(const QString &message);

private:
    static constexpr int groupCount = 5;

    [[nodiscard]] int groupOf(const Passage &passage) const;
    [[nodiscard]] int insertionRow(int group, const Passage &passage) const;
    [[nodiscard]] bool belongsToCase(const Passage &passage);
    [[nodiscard]] QString citationOf(const Passage &passage) const;
    void insertPassage(const Passage &passage);
    void removeAt(int group, int row);
    [[nodiscard]] std::pair<int, int> find(PassageId id) const;

    void onPassageAdded(PassageId id);
    void onPassageChanged(PassageId id);
    void onPassageRemoved(PassageId id);
    void onCaseRemoved(CaseId id);
    void onCaseAdded(CaseId id);

    QPointer<LibrarySession> m_session;
    CaseId m_caseId;
    CitationProvider m_citation;
    QHash<FactorId, Factor> m_factors;
    QSet<DocumentId> m_documents;
    std::array<QList<Passage>, groupCount> m_groups;
};

} // namespace casebench::ui
