// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookeditor.h"

#include "codebooktreemodel.h"
#include "deletefactordialog.h"
#include "enumcombo.h"
#include "import/untrustedfile.h"
#include "model/codebookjson.h"
#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

CodebookEditor::CodebookEditor(LibrarySession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new CodebookTreeModel(this)),
      m_tree(new QTreeView(this))
{
    setWindowTitle(tr("Codebook"));
    setObjectName(u"codebookEditor"_s);
    resize(900, 600);
    m_model->setSession(session);
    m_tree->setObjectName(u"codebookTree"_s);
    m_tree->setModel(m_model);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CodebookTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CodebookTreeModel::ShortcutColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CodebookTreeModel::PassagesColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    auto *actions = new QHBoxLayout;
    QPushButton *add = button(tr("&Add"), u"addButton"_s, left);
    QPushButton *merge = button(tr("&Merge into…"), u"mergeButton"_s, left);
    QPushButton *remove = button(tr("&Delete…"), u"deleteButton"_s, left);
    actions->addWidget(add);
    actions->addWidget(merge);
    actions->addWidget(remove);
    actions->addStretch();
    leftLayout->addLayout(actions);

    auto *form = new QWidget(this);
    buildForm(form);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 460});

    auto *bottom = new QHBoxLayout;
    QPushButton *import = button(tr("&Import JSON…"), u"importButton"_s, this);
    QPushButton *exportButton = button(tr("&Export JSON…"), u"exportButton"_s, this);
    bottom->addWidget(import);
    bottom->addWidget(exportButton);
    if (session) {
        auto *undo = new QToolButton(this);
        undo->setDefaultAction(session->undoStack()->createUndoAction(this));
        undo->defaultAction()->setShortcut(QKeySequence::Undo);
        addAction(undo->defaultAction());
        auto *redo = new QToolButton(this);
        redo->setDefaultAction(session->undoStack()->createRedoAction(this));
        redo->defaultAction()->setShortcut(QKeySequence::Redo);
        addAction(redo->defaultAction());
        bottom->addWidget(undo);
        bottom->addWidget(redo);
    }
    bottom->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { addFactor(); });
    connect(merge, &QPushButton::clicked, this, &CodebookEditor::mergeSelected);
    connect(remove, &QPushButton::clicked, this, &CodebookEditor::deleteSelected);
    connect(import, &QPushButton::clicked, this, &CodebookEditor::askImport);
    connect(exportButton, &QPushButton::clicked, this, &CodebookEditor::askExport);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { loadForm(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        selectFactor(m_loaded);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_loaded.isValid())
            loadForm();
    });
    loadForm();
}

void CodebookEditor::buildForm(QWidget *form)
{
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"nameEdit"_s);
    m_colour = button(QString(), u"colourButton"_s, form);
    m_categoryColour = button(tr("Use the category's colour"), u"categoryColourButton"_s, form);
    m_parent = enumcombo::create(form);
    m_parent->setObjectName(u"parentCombo"_s);
    m_category = enumcombo::create(form);
    m_category->setObjectName(u"categoryCombo"_s);
    enumcombo::fill<FactorCategory>(m_category);
    m_polarity = enumcombo::create(form);
    m_polarity->setObjectName(u"polarityCombo"_s);
    enumcombo::fill<Polarity>(m_polarity);
    m_shortcut = new QKeySequenceEdit(form);
    m_shortcut->setObjectName(u"shortcutEdit"_s);
    auto *clearShortcut = button(tr("Clear"), u"clearShortcutButton"_s, form);
    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_phrases = new QPlainTextEdit(form);
    m_phrases->setObjectName(u"phrasesEdit"_s);
    m_phrases->setTabChangesFocus(true);
    m_phrases->setPlaceholderText(tr("One phrase a line, e.g. “demonstrated insight”"));
    m_apply = button(tr("A&pply"), u"applyButton"_s, form);
    m_apply->setDefault(true);
    m_message = new QLabel(form);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);

    auto *colourBox = new QWidget(form);
    auto *colourRow = new QHBoxLayout(colourBox);
    colourRow->setContentsMargins(0, 0, 0, 0);
    colourRow->addWidget(m_colour);
    colourRow->addWidget(m_categoryColour);
    colourRow->addStretch();
    auto *shortcutBox = new QWidget(form);
    auto *shortcutRow = new QHBoxLayout(shortcutBox);
    shortcutRow->setContentsMargins(0, 0, 0, 0);
    shortcutRow->addWidget(m_shortcut, 1);
    shortcutRow->addWidget(clearShortcut);

    auto *layout = new QFormLayout(form);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("Co&lour:"), colourBox);
    layout->addRow(tr("&Parent:"), m_parent);
    layout->addRow(tr("C&ategory:"), m_category);
    layout->addRow(tr("P&olarity:"), m_polarity);
    layout->addRow(tr("&Shortcut:"), shortcutBox);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(tr("P&hrases that suggest it:"), m_phrases);
    layout->addRow(QString(), m_apply);
    layout->addRow(m_message);

    connect(m_apply, &QPushButton::clicked, this, [this] { applyEdits(); });
    connect(m_colour, &QPushButton::clicked, this, &CodebookEditor::chooseColour);
    connect(m_categoryColour, &QPushButton::clicked, this, [this] {
        m_colourValue = QColor();
        showColour();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { showColour(); });
    connect(clearShortcut, &QPushButton::clicked, m_shortcut, &QKeySequenceEdit::clear);
}

std::optional<Factor> CodebookEditor::factor(FactorId id) const
{
    for (const Factor &f : m_model->factors()) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

FactorId CodebookEditor::currentFactor() const
{
    return m_model->factorId(m_tree->currentIndex());
}

void CodebookEditor::selectFactor(FactorId id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    loadForm();
}

void CodebookEditor::fillParents(const Factor *current)
{
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), 0);
    // A factor cannot sit under itself or under one of its own sub-factors.
    QSet<FactorId> excluded;
    if (current) {
        excluded.insert(current->id);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Factor &f : m_model->factors()) {
                if (!excluded.contains(f.id) && excluded.contains(f.parent)) {
                    excluded.insert(f.id);
                    grew = true;
                }
            }
        }
    }
    for (const Factor &f : m_model->factors()) {
        if (!excluded.contains(f.id))
            m_parent->addItem(f.name, f.id.value);
    }
    m_parent->setCurrentIndex(current ? std::max(0, m_parent->findData(current->parent.value)) : 0);
}

void CodebookEditor::loadForm()
{
    const auto f = factor(currentFactor());
    m_loaded = f ? f->id : FactorId();
    const bool enabled = f.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_colour, m_categoryColour, m_parent,
                                                       m_category, m_polarity, m_shortcut,
                                                       m_description, m_phrases, m_apply})
        w->setEnabled(enabled);
    for (const char *name : {"mergeButton", "deleteButton"}) {
        if (auto *b = findChild<QPushButton *>(QString::fromLatin1(name)))
            b->setEnabled(enabled);
    }
    fillParents(f ? &*f : nullptr);
    if (!f) {
        m_name->clear();
        m_description->clear();
        m_phrases->clear();
        m_shortcut->clear();
        m_colourValue = QColor();
        showColour();
        return;
    }
    m_name->setText(f->name);
    enumcombo::setValue(m_category, f->category);
    enumcombo::setValue(m_polarity, f->polarity);
    m_shortcut->setKeySequence(QKeySequence::fromString(f->shortcut, QKeySequence::PortableText));
    m_description->setPlainText(f->description);
    m_phrases->setPlainText(f->phrases.join(u'\n'));
    m_colourValue = f->colour;
    showColour();
}

void CodebookEditor::showColour()
{
    const QColor shown = m_colourValue.isValid()
                             ? m_colourValue
                             : defaultCategoryColour(enumcombo::value<FactorCategory>(m_category));
    QPixmap swatch(32, 14);
    swatch.fill(shown);
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(m_colourValue.isValid() ? m_colourValue.name() : tr("Category colour"));
    m_categoryColour->setEnabled(m_loaded.isValid() && m_colourValue.isValid());
}

void CodebookEditor::chooseColour()
{
    const QColor start = m_colourValue.isValid()
                             ? m_colourValue
                             : defaultCategoryColour(enumcombo::value<FactorCategory>(m_category));
    const QColor chosen = QColorDialog::getColor(start, this,
                                                 tr("Colour of %1").arg(m_name->text()));
    if (chosen.isValid()) {
        m_colourValue = chosen;
        showColour();
    }
}

void CodebookEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: palette(highlight); font-weight: bold;"_s
                                   : QString());
    if (error)
        m_message->setStyleSheet(u"color: #c62828;"_s);
}

QString CodebookEditor::message() const
{
    return m_message->text();
}

bool CodebookEditor::applyEdits()
{
    const auto f = factor(m_loaded);
    if (!m_session || !f)
        return false;
    Factor edited = *f;
    edited.name = m_name->text();
    edited.colour = m_colourValue;
    edited.parent = FactorId(m_parent->currentData().toLongLong());
    edited.category = enumcombo::value<FactorCategory>(m_category);
    edited.polarity = enumcombo::value<Polarity>(m_polarity);
    edited.shortcut = m_shortcut->keySequence().toString(QKeySequence::PortableText);
    edited.description = m_description->toPlainText();
    edited.phrases = m_phrases->toPlainText().split(u'\n');
    try {
        m_session->updateFactor(edited);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(QString(), false);
    selectFactor(edited.id);
    return true;
}

FactorId CodebookEditor::addFactor()
{
    if (!m_session)
        return {};
    Factor f;
    const QModelIndex current = m_tree->currentIndex();
    if (const auto selected = factor(currentFactor())) {
        f.category = selected->category;
        f.polarity = selected->polarity;
        f.parent = selected->parent;
    } else if (current.isValid()) {
        f.category = static_cast<FactorCategory>(
            current.data(CodebookTreeModel::CategoryRole).toInt());
    }
    QString name = tr("New factor");
    for (int n = 2; std::any_of(m_model->factors().begin(), m_model->factors().end(),
                                [&](const Factor &other) {
                                    return other.name.compare(name, Qt::CaseInsensitive) == 0;
                                });
         ++n)
        name = tr("New factor %1").arg(n);
    f.name = name;
    try {
        const FactorId id = m_session->addFactor(f);
        selectFactor(id);
        m_name->setFocus();
        m_name->selectAll();
        return id;
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
        return {};
    }
}

void CodebookEditor::deleteSelected()
{
    const auto f = factor(currentFactor());
    if (!m_session || !f)
        return;
    const int passages = m_session->library().passages().countForFactor(f->id);
    LibrarySession::PassageDisposal disposal = LibrarySession::PassageDisposal::Delete;
    FactorId moveTo;
    if (passages > 0) {
        DeleteFactorDialog dialog(*f, passages, m_model->factors(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (!dialog.deletePassages()) {
            disposal = LibrarySession::PassageDisposal::MoveToFactor;
            moveTo = dialog.moveTo();
        }
    }
    try {
        m_session->removeFactor(f->id, disposal, moveTo);
        showMessage(tr("Deleted “%1”. Undo brings it back.").arg(f->name), false);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
    }
}

void CodebookEditor::mergeSelected()
{
    const auto f = factor(currentFactor());
    if (!m_session || !f)
        return;
    QStringList names;
    QList<FactorId> ids;
    for (const Factor &other : m_model->factors()) {
        if (other.id != f->id) {
            names.append(other.name);
            ids.append(other.id);
        }
    }
    QInputDialog dialog(this);
    dialog.setObjectName(u"mergeDialog"_s);
    dialog.setWindowTitle(tr("Merge factor %1").arg(f->name));
    dialog.setLabelText(
        tr("Merge “%1” into (its passages, sub-factors and phrases move there):").arg(f->name));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = names.indexOf(dialog.textValue());
    if (chosen < 0)
        return;
    try {
        m_session->mergeFactors(f->id, ids.at(chosen));
        selectFactor(ids.at(chosen));
        showMessage(tr("Merged “%1” into “%2”.").arg(f->name, names.at(chosen)), false);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
    }
}

bool CodebookEditor::importFile(const QString &path, LibrarySession::CodebookImport mode)
{
    if (!m_session)
        return false;
    // A regular file of a sensible size only: never a FIFO or a device.
    QString problem;
    const auto bytes = untrustedfile::read(path, codebookjson::maxFileBytes, problem);
    if (!bytes) {
        showMessage(tr("The codebook %1 cannot be opened: %2.").arg(path, problem), true);
        return false;
    }
    try {
        m_session->importCodebook(codebookjson::parse(*bytes, path), mode);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(tr("Imported the codebook %1.").arg(path), false);
    return true;
}

bool CodebookEditor::exportFile(const QString &path)
{
    if (!m_session)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(codebookjson::write(m_session->library().codebook().all())) < 0
        || !file.commit()) {
        showMessage(
            tr("The codebook could not be written to %1: %2.").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported the codebook to %1.").arg(path), false);
    return true;
}

void CodebookEditor::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import codebook"), QString(),
                                                      tr("Codebooks (*.json)"));
    if (path.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Import codebook"),
                    tr("Merge the file's factors into this codebook, or replace the codebook with "
                       "them? Replacing keeps factors that still tag passages."),
                    QMessageBox::Cancel, this);
    QPushButton *merge = box.addButton(tr("Merge"), QMessageBox::AcceptRole);
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        importFile(path, LibrarySession::CodebookImport::Merge);
    else if (box.clickedButton() == replace)
        importFile(path, LibrarySession::CodebookImport::Replace);
}

void CodebookEditor::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export codebook"),
                                                      u"codebook.json"_s, tr("Codebooks (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

} // namespace casebench::ui
