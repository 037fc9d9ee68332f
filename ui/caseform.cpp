// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseform.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "enumcombo.h"
#include "fieldmessage.h"
#include "formgrid.h"
#include "model/libraryerror.h"
#include "optionaldateedit.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QPlainTextEdit *textArea(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 4) + 12);
    return edit;
}

} // namespace

CaseForm::CaseForm(QWidget *parent) : QWidget(parent)
{
    createFields();
    layoutFields();
    connectCommits();
    setCase(CaseId());
}

CaseForm::~CaseForm()
{
    // The editors outlive this part of the object: the focus-out of their closing window must
    // reach neither eventFilter() nor a commit.
    for (QWidget *editor : std::as_const(m_watched)) {
        editor->removeEventFilter(this);
        disconnect(editor, nullptr, this, nullptr);
    }
}

void CaseForm::createFields()
{
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"referenceEdit"_s);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_regulator = enumcombo::create(this);
    m_regulator->setObjectName(u"regulatorCombo"_s);
    enumcombo::fill<Regulator>(m_regulator);
    m_profession = enumcombo::create(this);
    m_profession->setObjectName(u"professionCombo"_s);
    m_profession->setEditable(true);
    m_profession->setInsertPolicy(QComboBox::NoInsert);
    m_profession->addItems(professions::known());
    m_profession->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_registrant = new QLineEdit(this);
    m_registrant->setObjectName(u"registrantEdit"_s);
    m_hearingType = enumcombo::create(this);
    enumcombo::fill<HearingType>(m_hearingType);
    m_hearingDate = new OptionalDateEdit(this);
    m_hearingDate->setObjectName(u"hearingDateEdit"_s);
    m_decisionDate = new OptionalDateEdit(this);
    m_decisionDate->setObjectName(u"decisionDateEdit"_s);
    m_allegation = textArea(3, this);
    m_facts = enumcombo::create(this);
    enumcombo::fill<FactsFinding>(m_facts);
    for (StatutoryGround ground : enumValues<StatutoryGround>())
        m_grounds.insert(ground, new QCheckBox(enumLabel(ground), this));
    m_impairment = enumcombo::create(this);
    enumcombo::fill<ImpairmentFinding>(m_impairment);
    m_role = enumcombo::create(this);
    enumcombo::fill<CaseRole>(m_role);
    m_notes = textArea(2, this);
}

void CaseForm::layoutFields()
{
    auto *grid = new FormGrid(this);
    const auto add = [this, grid](int row, FormGrid::Place place, const QString &label,
                                  QWidget *field, const QString &key) {
        m_messages.insert(key, grid->addField(row, place, label, field, key));
    };
    add(0, FormGrid::Wide, tr("&Reference:"), m_reference, u"reference"_s);
    add(1, FormGrid::Wide, tr("&Title:"), m_title, u"title"_s);
    add(2, FormGrid::Left, tr("Re&gulator:"), m_regulator, u"regulator"_s);
    add(2, FormGrid::Right, tr("&Profession:"), m_profession, u"profession"_s);
    add(3, FormGrid::Wide, tr("Regi&strant:"), m_registrant, u"registrant"_s);
    add(4, FormGrid::Left, tr("&Hearing:"), m_hearingType, u"hearing_type"_s);
    add(4, FormGrid::Right, tr("&Facts:"), m_facts, u"facts"_s);
    add(5, FormGrid::Left, tr("Hearing &date:"), m_hearingDate, u"hearing_date"_s);
    add(5, FormGrid::Right, tr("D&ecided:"), m_decisionDate, u"decision_date"_s);
    add(6, FormGrid::Left, tr("&Impairment:"), m_impairment, u"impairment"_s);
    add(6, FormGrid::Right, tr("R&ole:"), m_role, u"role"_s);
    auto *grounds = new QWidget(this);
    auto *boxes = new QGridLayout(grounds);
    boxes->setContentsMargins(0, 2, 0, 0);
    int i = 0;
    for (QCheckBox *box : std::as_const(m_grounds)) {
        boxes->addWidget(box, i / 2, i % 2);
        ++i;
    }
    add(7, FormGrid::Wide, tr("Grounds:"), grounds, u"grounds"_s);
    add(8, FormGrid::Wide, tr("&Allegation:"), m_allegation, u"allegation_summary"_s);
    add(9, FormGrid::Wide, tr("&Notes:"), m_notes, u"notes"_s);
    grid->setRowStretch(10, 1);
}

void CaseForm::connectCommits()
{
    const auto onFinished = [this](QLineEdit *edit, const QString &key, const QString &what) {
        connect(edit, &QLineEdit::editingFinished, this, [this, key, what] { commit(key, what); });
        watch(edit);
    };
    onFinished(m_reference, u"reference"_s, tr("reference"));
    onFinished(m_title, u"title"_s, tr("title"));
    onFinished(m_registrant, u"registrant"_s, tr("registrant"));
    onFinished(m_profession->lineEdit(), u"profession"_s, tr("profession"));
    connect(m_profession, &QComboBox::activated, this,
            [this] { commit(u"profession"_s, tr("profession")); });

    const auto onChosen = [this](QComboBox *combo, const QString &key, const QString &what) {
        connect(combo, &QComboBox::activated, this, [this, key, what] { commit(key, what); });
        watch(combo);
    };
    onChosen(m_regulator, u"regulator"_s, tr("regulator"));
    onChosen(m_hearingType, u"hearing_type"_s, tr("hearing type"));
    onChosen(m_facts, u"facts"_s, tr("facts finding"));
    onChosen(m_impairment, u"impairment"_s, tr("impairment"));
    onChosen(m_role, u"role"_s, tr("role"));

    connect(m_hearingDate, &OptionalDateEdit::valueCommitted, this,
            [this] { commit(u"hearing_date"_s, tr("hearing date")); });
    connect(m_decisionDate, &OptionalDateEdit::valueCommitted, this,
            [this] { commit(u"decision_date"_s, tr("decision date")); });
    watch(m_hearingDate);
    watch(m_decisionDate);
    for (QCheckBox *box : std::as_const(m_grounds)) {
        connect(box, &QCheckBox::clicked, this, [this] { commit(u"grounds"_s, tr("grounds")); });
        watch(box);
    }
    // Text areas have no editingFinished: eventFilter() commits them when they lose focus.
    watch(m_allegation);
    watch(m_notes);
}

void CaseForm::watch(QWidget *editor)
{
    editor->installEventFilter(this);
    m_watched.append(editor);
}

bool CaseForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        const bool pending = std::any_of(m_messages.cbegin(), m_messages.cend(),
                                         [](const FieldMessage *m) { return m->hasError(); });
        if (m_case && (pending || fromFields() != *m_case)) {
            revert();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        if (watched == m_allegation)
            commit(u"allegation_summary"_s, tr("allegation summary"));
        else if (watched == m_notes)
            commit(u"notes"_s, tr("notes"));
    }
    return QWidget::eventFilter(watched, event);
}

void CaseForm::setSession(LibrarySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &LibrarySession::caseChanged, this, &CaseForm::onCaseChanged);
        connect(m_session, &LibrarySession::caseAdded, this, &CaseForm::onCaseChanged);
        connect(m_session, &LibrarySession::caseRemoved, this, [this](CaseId id) {
            if (m_case && m_case->id == id)
                setCase(CaseId());
        });
    }
    setCase(CaseId());
}

void CaseForm::setCase(CaseId id)
{
    m_case.reset();
    if (m_session && id.isValid())
        readAfterChange(m_session, [&] { m_case = m_session->library().cases().find(id); });
    load();
}

void CaseForm::onCaseChanged(CaseId id)
{
    if (m_case && m_case->id == id)
        setCase(id);
}

void CaseForm::focusReference()
{
    m_reference->setFocus(Qt::OtherFocusReason);
    m_reference->selectAll();
}

void CaseForm::load()
{
    m_loading = true;
    // A read-only team library (a reader's role) shows the case but does not edit it.
    setEnabled(m_case.has_value() && !(m_session && m_session->library().isReadOnly()));
    if (!m_case) {
        clearFields();
    } else {
        const Case &c = *m_case;
        m_reference->setText(c.reference);
        // Team libraries: who wrote the case last (schema 6).
        m_reference->setToolTip(
            c.modifiedBy.isEmpty()
                ? QString()
                : tr("Last changed by %1 on %2")
                      .arg(c.modifiedBy,
                           QLocale().toString(c.modified.toLocalTime(), QLocale::ShortFormat)));
        m_title->setText(c.title);
        m_title->setCursorPosition(0); // show a long title from its start
        enumcombo::setValue(m_regulator, c.regulator);
        m_profession->setEditText(c.profession);
        m_registrant->setText(c.registrant);
        m_profession->lineEdit()->setCursorPosition(0);
        enumcombo::setValue(m_hearingType, c.hearingType);
        m_hearingDate->setValue(c.hearingDate);
        m_decisionDate->setValue(c.decisionDate);
        m_allegation->setPlainText(c.allegationSummary);
        enumcombo::setValue(m_facts, c.factsFinding);
        for (auto it = m_grounds.cbegin(); it != m_grounds.cend(); ++it)
            it.value()->setChecked(c.grounds.contains(it.key()));
        enumcombo::setValue(m_impairment, c.impairment);
        enumcombo::setValue(m_role, c.role);
        m_notes->setPlainText(c.notes);
    }
    showIssues(m_case ? validation::validateCase(*m_case) : ValidationIssues(), QString());
    m_loading = false;
}

void CaseForm::clearFields()
{
    for (QLineEdit *edit : {m_reference, m_title, m_registrant})
        edit->clear();
    m_profession->setEditText(QString());
    m_hearingDate->setValue({});
    m_decisionDate->setValue({});
    m_allegation->clear();
    m_notes->clear();
    for (QCheckBox *box : std::as_const(m_grounds))
        box->setChecked(false);
}

Case CaseForm::fromFields() const
{
    Case c = m_case.value_or(Case());
    c.reference = m_reference->text();
    c.title = m_title->text();
    c.regulator = enumcombo::value<Regulator>(m_regulator);
    c.profession = m_profession->currentText().trimmed();
    c.registrant = m_registrant->text();
    c.hearingType = enumcombo::value<HearingType>(m_hearingType);
    c.hearingDate = m_hearingDate->value();
    c.decisionDate = m_decisionDate->value();
    c.allegationSummary = m_allegation->toPlainText();
    c.factsFinding = enumcombo::value<FactsFinding>(m_facts);
    c.grounds.clear();
    for (auto it = m_grounds.cbegin(); it != m_grounds.cend(); ++it) {
        if (it.value()->isChecked())
            c.grounds.append(it.key()); // QMap iterates in enum order, as Case::grounds wants
    }
    c.impairment = enumcombo::value<ImpairmentFinding>(m_impairment);
    c.role = enumcombo::value<CaseRole>(m_role);
    c.notes = m_notes->toPlainText();
    return c;
}

void CaseForm::commit(const QString &field, const QString &what)
{
    if (m_loading || !m_session || !m_case)
        return;
    const Case edited = fromFields();
    const ValidationIssues issues = validation::validateCase(edited);
    showIssues(issues, field);
    if (validation::hasErrors(issues))
        return;
    try {
        m_session->updateCase(edited, what); // reloads the form through caseChanged
    } catch (const LibraryError &e) {
        m_messages.value(field)->showError(e.message());
    }
}

void CaseForm::revert()
{
    if (m_case)
        setCase(m_case->id);
}

void CaseForm::showIssues(const ValidationIssues &issues, const QString &editedField)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->showIssues(validation::forField(issues, it.key()));
    // An issue about a field the form does not show is put beside the field being edited.
    for (const ValidationIssue &issue : issues) {
        if (!m_messages.contains(issue.field) && m_messages.contains(editedField))
            m_messages.value(editedField)->showIssues({issue});
    }
}

} // namespace casebench::ui
