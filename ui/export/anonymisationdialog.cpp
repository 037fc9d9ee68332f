// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationdialog.h"

#include "anonymisationlistmodel.h"
#include "commands/librarysession.h"
#include "enumcombo.h"
#include "export/anonymisationsuggester.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// The Kind column edits with a combo box over the kinds.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        enumcombo::fill<AnonymisationEntry::Kind>(combo);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

AnonymisationDialog::AnonymisationDialog(LibrarySession &session, CaseId caseId, QWidget *parent)
    : QDialog(parent), m_session(session), m_caseId(caseId),
      m_model(new AnonymisationListModel(session, caseId, this)), m_table(new QTableView(this)),
      m_name(new QLineEdit(this)), m_replacement(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_suggest(new QPushButton(tr("&Suggest from Text"), this)),
      m_confirmAll(new QPushButton(tr("Confirm A&ll"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_message(new QLabel(this)),
      m_document(new QComboBox(this)), m_preview(new QPlainTextEdit(this))
{
    setObjectName(u"anonymisationDialog"_s);
    const std::optional<Case> c = session.library().cases().find(caseId);
    setWindowTitle(tr("Anonymisation List — %1").arg(c ? c->reference : QString()));

    m_table->setObjectName(u"anonymisationTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(AnonymisationListModel::Kind, new KindDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AnonymisationListModel::Original,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AnonymisationListModel::Replacement,
                                                      QHeaderView::Stretch);
    for (int column : {int(AnonymisationListModel::Kind), int(AnonymisationListModel::Confirmed),
                       int(AnonymisationListModel::Found)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_name->setObjectName(u"anonymisationName"_s);
    m_name->setPlaceholderText(tr("Name or identifier to replace"));
    m_replacement->setObjectName(u"anonymisationReplacement"_s);
    m_replacement->setPlaceholderText(tr("Replacement, e.g. Person A"));
    m_add->setObjectName(u"anonymisationAdd"_s);
    m_suggest->setObjectName(u"anonymisationSuggest"_s);
    m_suggest->setToolTip(tr("Find names, places and identifiers repeated in the case's documents "
                             "and add them unconfirmed"));
    m_confirmAll->setObjectName(u"anonymisationConfirmAll"_s);
    m_remove->setObjectName(u"anonymisationRemove"_s);
    m_message->setObjectName(u"anonymisationMessage"_s);
    m_message->setWordWrap(true);
    m_document->setObjectName(u"anonymisationDocument"_s);
    m_preview->setObjectName(u"anonymisationPreview"_s);
    m_preview->setReadOnly(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 3);
    addRow->addWidget(m_replacement, 2);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_confirmAll);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table);
    listLayout->addLayout(addRow);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_message);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("&Preview of:"), previewPane);
    previewLabel->setBuddy(m_document);
    auto *previewTop = new QHBoxLayout;
    previewTop->addWidget(previewLabel);
    previewTop->addWidget(m_document, 1);
    previewLayout->addLayout(previewTop);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Confirmed entries are replaced in anonymised exports; the "
                                "library keeps the originals. Italic entries are suggestions "
                                "not yet confirmed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    // Undo and redo reach the library's stack from here too.
    QAction *undo = m_session.undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session.undoStack()->createRedoAction(this);
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addActions({undo, redo});

    connect(m_add, &QPushButton::clicked, this, &AnonymisationDialog::addTyped);
    connect(m_name, &QLineEdit::returnPressed, this, &AnonymisationDialog::addTyped);
    connect(m_replacement, &QLineEdit::returnPressed, this, &AnonymisationDialog::addTyped);
    connect(m_name, &QLineEdit::textChanged, this, &AnonymisationDialog::updateButtons);
    connect(m_suggest, &QPushButton::clicked, this, [this] { suggestFromText(); });
    connect(m_confirmAll, &QPushButton::clicked, this, &AnonymisationDialog::confirmAll);
    connect(m_remove, &QPushButton::clicked, this, &AnonymisationDialog::removeSelected);
    connect(m_model, &AnonymisationListModel::editFailed, this, &AnonymisationDialog::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillDocuments();
        updatePreview();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnonymisationDialog::updateButtons);
    connect(m_document, &QComboBox::currentIndexChanged, this, &AnonymisationDialog::updatePreview);
    connect(&m_session, &LibrarySession::caseRemoved, this, [this](CaseId id) {
        if (id == m_caseId)
            reject();
    });

    fillDocuments();
    updatePreview();
    updateButtons();
    resize(1000, 600);
}

void AnonymisationDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void AnonymisationDialog::fillDocuments()
{
    const QVariant current = m_document->currentData();
    const QSignalBlocker blocker(m_document);
    m_document->clear();
    for (const Document &d : m_session.library().documents().forCase(m_caseId, false)) {
        m_document->addItem(d.title.isEmpty() ? d.sourceFileName : d.title,
                            QVariant::fromValue(d.id.value));
    }
    const int index = m_document->findData(current);
    m_document->setCurrentIndex(index >= 0 ? index : 0);
}

void AnonymisationDialog::updatePreview()
{
    const int index = m_document->currentIndex();
    const QString text = index >= 0 ? m_model->texts().value(index) : QString();
    if (index < 0) {
        m_preview->setPlainText(tr("The case has no documents."));
        return;
    }
    const Anonymiser anonymiser(m_model->entries());
    const Anonymiser::Mapped mapped = anonymiser.applyMapped(text);
    m_preview->setPlainText(mapped.text);
    // Mark each replacement: the stretches between consecutive anchors that are not a copy.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    for (qsizetype i = 0; i + 1 < mapped.offsets.size(); ++i) {
        const auto [from, to] = mapped.offsets.at(i);
        const auto [nextFrom, nextTo] = mapped.offsets.at(i + 1);
        if (QStringView(text).mid(from, nextFrom - from)
            == QStringView(mapped.text).mid(to, nextTo - to))
            continue;
        QTextCursor cursor(m_preview->document());
        cursor.setPosition(to);
        cursor.setPosition(nextTo, QTextCursor::KeepAnchor);
        marks.append({cursor, format});
    }
    m_preview->setExtraSelections(marks);
}

void AnonymisationDialog::updateButtons()
{
    const bool writable = !m_session.library().isReadOnly();
    m_add->setEnabled(writable && !m_name->text().trimmed().isEmpty());
    m_suggest->setEnabled(writable && !m_model->texts().isEmpty());
    bool unconfirmed = false;
    for (const AnonymisationEntry &e : m_model->entries())
        unconfirmed = unconfirmed || !e.confirmed;
    m_confirmAll->setEnabled(writable && unconfirmed);
    bool removable = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        removable = removable || m_model->entryAt(index.row()).id > 0;
    m_remove->setEnabled(writable && removable);
}

void AnonymisationDialog::addTyped()
{
    AnonymisationEntry e;
    e.original = m_name->text().simplified();
    if (e.original.isEmpty())
        return;
    e.replacement = m_replacement->text().trimmed();
    if (e.replacement.isEmpty()) {
        // The next free "Person X", as suggestions are named.
        int n = 0;
        QString candidate;
        do {
            candidate = tr("Person %1").arg(QChar(u'A' + n % 26));
            ++n;
        } while (n < 26
                 && std::any_of(m_model->entries().cbegin(), m_model->entries().cend(),
                                [&candidate](const AnonymisationEntry &x) {
                                    return x.replacement.compare(candidate, Qt::CaseInsensitive)
                                           == 0;
                                }));
        e.replacement = candidate;
    }
    e.kind = AnonymisationEntry::Kind::Other;
    e.confirmed = true; // typed by the reviewer: no need to confirm it again
    try {
        m_session.addAnonymisationEntries(m_caseId, {e});
    } catch (const LibraryError &error) {
        showMessage(error.message());
        return;
    }
    m_name->clear();
    m_replacement->clear();
    showMessage({});
}

int AnonymisationDialog::suggestFromText()
{
    const QList<AnonymisationSuggestion> found = AnonymisationSuggester::suggest(
        m_model->texts(), m_model->entries());
    if (found.isEmpty()) {
        showMessage(tr("No further names, places or identifiers were found in the documents."));
        return 0;
    }
    QList<AnonymisationEntry> entries;
    for (const AnonymisationSuggestion &s : found)
        entries << s.entry;
    try {
        m_session.addAnonymisationEntries(m_caseId, entries);
    } catch (const LibraryError &error) {
        showMessage(error.message());
        return 0;
    }
    showMessage(tr("%n suggestion(s) added, unconfirmed: check each and confirm it.", nullptr,
                   int(found.size())));
    return int(found.size());
}

void AnonymisationDialog::confirmAll()
{
    QList<AnonymisationEntry> edited;
    for (AnonymisationEntry e : m_model->entries()) {
        if (!e.confirmed) {
            e.confirmed = true;
            edited << e;
        }
    }
    try {
        m_session.updateAnonymisationEntries(m_caseId, edited);
    } catch (const LibraryError &error) {
        showMessage(error.message());
    }
}

void AnonymisationDialog::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_model->entryAt(index.row()).id;
        if (id > 0)
            ids << id;
    }
    try {
        m_session.removeAnonymisationEntries(m_caseId, ids);
    } catch (const LibraryError &error) {
        showMessage(error.message());
    }
}

} // namespace casebench::ui
