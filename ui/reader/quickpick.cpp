// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickpick.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

constexpr int factorIdRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;

} // namespace

QuickPick::QuickPick(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_filter(new QLineEdit(this)), m_list(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"quickPick"_s);
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    m_filter->setObjectName(u"quickPickFilter"_s);
    m_filter->setPlaceholderText(tr("Tag as… (type a few letters)"));
    m_list->setObjectName(u"quickPickList"_s);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(searchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(340, 320);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickPick::choose);
    connect(m_list, &QListView::activated, this, &QuickPick::choose);
    m_filter->installEventFilter(this);
}

void QuickPick::setFactors(const QList<Factor> &factors)
{
    m_model->clear();
    for (const Factor &f : factors) {
        const QString shortcut = QKeySequence(f.shortcut, QKeySequence::PortableText)
                                     .toString(QKeySequence::NativeText);
        auto *item = new QStandardItem(shortcut.isEmpty() ? f.name
                                                          : u"%1\t%2"_s.arg(f.name, shortcut));
        item->setData(f.id.value, factorIdRole);
        item->setData(QString(f.name + u' ' + enumLabel(f.category)), searchRole);
        item->setData(f.colour.isValid() ? f.colour : defaultCategoryColour(f.category),
                      Qt::DecorationRole);
        item->setToolTip(f.description);
        m_model->appendRow(item);
    }
}

void QuickPick::popup(const QPoint &globalPos)
{
    m_filter->clear();
    m_proxy->setFilterFixedString(QString());
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    move(globalPos);
    show();
    m_filter->setFocus();
}

int QuickPick::visibleCount() const
{
    return m_proxy->rowCount();
}

void QuickPick::choose()
{
    QModelIndex index = m_list->currentIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, 0);
    if (!index.isValid())
        return;
    const FactorId id(index.data(factorIdRole).toLongLong());
    hide();
    Q_EMIT factorChosen(id);
}

bool QuickPick::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter line move through the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_proxy->rowCount();
            if (rows == 0)
                return true;
            int row = m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            m_list->setCurrentIndex(m_proxy->index(std::clamp(row, 0, rows - 1), 0));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace casebench::ui
