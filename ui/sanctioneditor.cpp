// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctioneditor.h"

#include "commands/librarysession.h"
#include "enumcombo.h"
#include "fieldmessage.h"
#include "formgrid.h"
#include "model/libraryerror.h"
#include "optionaldateedit.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

bool isConditionsOrder(SanctionType type)
{
    return type == SanctionType::ConditionsOfPractice || type == SanctionType::InterimConditions;
}

} // namespace

SanctionEditor::SanctionEditor(QWidget *parent) : QWidget(parent)
{
    createFields();
    layoutFields();
    connectFields();
    setEntry({}, SanctionId(), Regulator::Other);
}

void SanctionEditor::createFields()
{
    m_outcome = enumcombo::create(this);
    m_outcome->setObjectName(u"outcomeCombo"_s);
    enumcombo::fill<ReviewOutcome>(m_outcome);
    m_type = enumcombo::create(this);
    m_type->setObjectName(u"sanctionTypeCombo"_s);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"durationSpin"_s);
    m_duration->setRange(0, 600);
    m_duration->setSpecialValueText(tr("No duration"));
    m_duration->setSuffix(tr(" months"));
    m_durationHint = new QLabel(this);
    m_durationHint->setObjectName(u"durationHint"_s);
    m_durationHint->setWordWrap(true);
    m_durationHint->setForegroundRole(QPalette::PlaceholderText);
    m_decidedOn = new OptionalDateEdit(this);
    m_decidedOn->setObjectName(u"decidedOnEdit"_s);
    m_startDate = new OptionalDateEdit(this);
    m_startDate->setObjectName(u"startDateEdit"_s);
    m_reviewHearing = new QCheckBox(tr("Reviewed before expiry"), this);
    m_reviewHearing->setObjectName(u"reviewHearingCheck"_s);
    m_reviewHearing->setToolTip(tr("A review hearing is to be held before the order expires"));
    m_conditions = new QPlainTextEdit(this);
    m_conditions->setObjectName(u"conditionsEdit"_s);
    m_conditions->setTabChangesFocus(true);
    m_conditions->setPlaceholderText(tr("The conditions, for a conditions of practice order"));
    m_conditions->setFixedHeight(m_conditions->fontMetrics().lineSpacing() * 3 + 12);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applySanctionButton"_s);
    m_apply->setToolTip(tr("Save the changes to this entry (Ctrl+Return)"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(u"revertSanctionButton"_s);
    m_revert->setToolTip(tr("Put back the entry as it is saved"));
    m_general = new FieldMessage(this);
    m_general->setObjectName(u"sanctionMessage"_s);
}

void SanctionEditor::layoutFields()
{
    auto *grid = new FormGrid;
    const auto add = [this, grid](int row, FormGrid::Place place, const QString &label,
                                  QWidget *field, const QString &key, QWidget *extra = nullptr) {
        m_messages.insert(key, grid->addField(row, place, label, field, key, extra));
    };
    add(0, FormGrid::Left, tr("O&utcome:"), m_outcome, u"outcome"_s);
    add(0, FormGrid::Right, tr("O&rder:"), m_type, u"type"_s);
    add(1, FormGrid::Left, tr("D&uration:"), m_duration, u"duration_months"_s, m_durationHint);
    add(1, FormGrid::Right, tr("Decided o&n:"), m_decidedOn, u"decided_on"_s);
    add(2, FormGrid::Left, tr("&Starts:"), m_startDate, u"start_date"_s);
    add(2, FormGrid::Right, tr("Review:"), m_reviewHearing, u"review_hearing"_s);
    add(3, FormGrid::Wide, tr("Con&ditions:"), m_conditions, u"conditions"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
}

void SanctionEditor::connectFields()
{
    const auto changed = [this] { onFieldsChanged(); };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_duration, &QSpinBox::valueChanged, this, changed);
    connect(m_decidedOn, &QDateEdit::dateChanged, this, changed);
    connect(m_startDate, &QDateEdit::dateChanged, this, changed);
    connect(m_reviewHearing, &QCheckBox::toggled, this, changed);
    connect(m_conditions, &QPlainTextEdit::textChanged, this, changed);
    connect(m_apply, &QPushButton::clicked, this, &SanctionEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &SanctionEditor::revert);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &SanctionEditor::apply);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
}

void SanctionEditor::setSession(LibrarySession *session)
{
    m_session = session;
    setEntry({}, SanctionId(), Regulator::Other);
}

void SanctionEditor::setEntry(const QList<Sanction> &history, SanctionId id, Regulator regulator)
{
    m_history = history;
    m_regulator = regulator;
    m_original.reset();
    for (const Sanction &s : history) {
        if (s.id == id && id.isValid())
            m_original = s;
    }
    load();
}

void SanctionEditor::fillTypes(SanctionType current)
{
    // The regulator's own words for the orders its panels make (and the entry's own, if not).
    m_type->clear();
    for (SanctionType type : enumValues<SanctionType>()) {
        const bool available = sanctionladder::isAvailable(type, m_regulator);
        if (!available && type != current)
            continue;
        QString text = sanctionladder::regulatorTerm(type, m_regulator);
        if (!available)
            text = tr("%1 (not made by %2 panels)").arg(text, enumLabel(m_regulator));
        m_type->addItem(text, static_cast<int>(type));
    }
}

void SanctionEditor::load()
{
    m_loading = true;
    setEnabled(m_original.has_value() && !(m_session && m_session->library().isReadOnly()));
    const Sanction s = m_original.value_or(Sanction());
    fillTypes(s.type);
    enumcombo::setValue(m_outcome, s.outcome);
    enumcombo::setValue(m_type, s.type);
    m_duration->setValue(s.durationMonths.value_or(0));
    m_decidedOn->setValue(s.decidedOn);
    m_startDate->setValue(s.startDate);
    m_reviewHearing->setChecked(s.reviewHearing);
    m_conditions->setPlainText(s.conditions);
    m_loading = false;
    onFieldsChanged();
}

Sanction SanctionEditor::fromFields() const
{
    Sanction s = m_original.value_or(Sanction());
    s.outcome = enumcombo::value<ReviewOutcome>(m_outcome);
    s.type = enumcombo::value<SanctionType>(m_type);
    s.durationMonths = m_duration->value() > 0 ? std::optional<int>(m_duration->value())
                                               : std::nullopt;
    s.decidedOn = m_decidedOn->value();
    s.startDate = m_startDate->value();
    s.reviewHearing = m_reviewHearing->isChecked();
    s.conditions = m_conditions->toPlainText();
    return s;
}

bool SanctionEditor::hasChanges() const
{
    return m_original && fromFields() != *m_original;
}

void SanctionEditor::onFieldsChanged()
{
    if (m_loading)
        return;
    const Sanction edited = fromFields();
    updateDurationHint(edited.type);
    m_conditions->setEnabled(isConditionsOrder(edited.type) || !edited.conditions.isEmpty());
    const ValidationIssues issues = m_original ? entryIssues(edited) : ValidationIssues();
    showIssues(issues);
    m_apply->setEnabled(hasChanges() && !validation::hasErrors(issues));
    m_revert->setEnabled(hasChanges());
}

ValidationIssues SanctionEditor::entryIssues(const Sanction &edited) const
{
    QList<Sanction> history = m_history;
    for (Sanction &s : history) {
        if (s.id == edited.id)
            s = edited;
    }
    // Only this entry's issues: rules broken elsewhere in the history are not this edit's.
    const QString prefix = QString::number(edited.sequence) + u'.';
    ValidationIssues own;
    for (ValidationIssue issue : validation::validateHistory(history, m_regulator)) {
        if (!issue.field.startsWith(prefix))
            continue;
        issue.field = issue.field.mid(prefix.size());
        own.append(issue);
    }
    return own;
}

void SanctionEditor::showIssues(const ValidationIssues &issues)
{
    ValidationIssues general;
    for (const ValidationIssue &issue : issues) {
        if (!m_messages.contains(issue.field))
            general.append(issue);
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->showIssues(validation::forField(issues, it.key()));
    m_general->showIssues(general);
}

void SanctionEditor::updateDurationHint(SanctionType type)
{
    const auto rule = sanctionladder::durationRule(type, m_regulator);
    const QString who = m_regulator == Regulator::Other ? tr("Any regulator")
                                                        : enumLabel(m_regulator);
    m_durationHint->setText(tr("%1: %2").arg(who, rule.description));
}

void SanctionEditor::apply()
{
    if (!m_session || !m_original || !m_apply->isEnabled())
        return;
    try {
        // The session announces the change; the panel then shows the stored entry again.
        m_session->updateSanction(fromFields());
    } catch (const LibraryError &e) {
        m_general->showError(e.message());
    }
}

void SanctionEditor::revert()
{
    load();
}

} // namespace casebench::ui
