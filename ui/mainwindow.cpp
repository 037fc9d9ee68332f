// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "backupsdialog.h"
#include "plainmessage.h"

#include "appinfo.h"
#include "casefilterbar.h"
#include "caseform.h"
#include "casepanel.h"
#include "casetableview.h"
#include "codebook/codebookeditor.h"
#include "commands/librarysession.h"
#include "featurelist.h"
#include "model/casereference.h"
#include "model/libraryerror.h"
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "services/demolibrary.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/postgresurl.h"
#include "uisettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QString libraryFilter()
{
    return QCoreApplication::translate("casebench::ui::MainWindow",
                                       "Casebench libraries (*.casebench);;All files (*)");
}

QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u".casebench"_s : path;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appinfo::applicationIcon());
    m_undoGroup = new QUndoGroup(this);
    m_caseModel = new CaseTableModel(this);
    m_proxy = new CaseFilterProxyModel(this);
    m_proxy->setSourceModel(m_caseModel);

    m_host = new SessionHost(this);
    connect(m_host, &SessionHost::caseRequested, this, &MainWindow::selectCase);
    connect(
        m_host, &SessionHost::messageRequested, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_host, &SessionHost::readOnlyChanged, this, &MainWindow::updateActions);

    createCentralWidget();
    createDock();
    createActions();
    connectActions();
    m_features = createFeatures(*this, *m_host);
    setAcceptDrops(true); // files and folders dropped go to the first feature that takes them
    createMenus();
    connectModels();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"caseCountLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);

    const QSize available = screen()->availableSize();
    resize(std::min(1600, available.width()), std::min(960, available.height()));
    resizeDocks({m_panelDock}, {600}, Qt::Horizontal);
    m_defaultState = saveState();
    restoreLayout();
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    closeLibrary();
}

void MainWindow::createCentralWidget()
{
    m_filterBar = new CaseFilterBar(this);
    m_filterBar->setObjectName(u"caseFilterBar"_s);
    m_table = new CaseTableView(this);
    m_table->setObjectName(u"caseTable"_s);
    m_table->setModel(m_proxy);
    m_table->resetColumns();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table);
    setCentralWidget(central);
}

void MainWindow::createDock()
{
    m_panel = new CasePanel(this);
    m_panel->setObjectName(u"casePanel"_s);
    m_panelDock = new QDockWidget(tr("Case"), this);
    m_panelDock->setObjectName(u"casePanelDock"_s);
    m_panelDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
}

void MainWindow::createActions()
{
    const auto make = [this](QAction *action, const QString &name, const QIcon &icon,
                             const QList<QKeySequence> &keys, const QString &tip) {
        action->setObjectName(name);
        if (!icon.isNull())
            action->setIcon(icon);
        action->setShortcuts(keys);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    const auto icon = [this](const QString &theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(theme, style()->standardIcon(fallback));
    };
    auto &a = m_actions;
    a.newLibrary = make(new QAction(tr("&New Library…"), this), u"actionNewLibrary"_s,
                        icon(u"document-new"_s, QStyle::SP_FileIcon), {QKeySequence::New},
                        tr("Create an empty case library"));
    a.open = make(new QAction(tr("&Open…"), this), u"actionOpen"_s,
                  icon(u"document-open"_s, QStyle::SP_DialogOpenButton), {QKeySequence::Open},
                  tr("Open a case library"));
    a.newDemo = make(new QAction(tr("New &Demo Library…"), this), u"actionNewDemo"_s, {}, {},
                     tr("Create a library holding fictional demonstration cases and open it"));
    a.close = make(new QAction(tr("&Close Library"), this), u"actionClose"_s,
                   icon(u"document-close"_s, QStyle::SP_DialogCloseButton), {QKeySequence::Close},
                   tr("Close the open library"));
    a.quit = make(new QAction(tr("&Quit"), this), u"actionQuit"_s,
                  icon(u"application-exit"_s, QStyle::SP_DialogCloseButton),
                  {QKeySequence(Qt::CTRL | Qt::Key_Q)}, tr("Quit Casebench"));
    a.quit->setMenuRole(QAction::QuitRole);
    a.undo = make(m_undoGroup->createUndoAction(this, tr("&Undo")), u"actionUndo"_s,
                  icon(u"edit-undo"_s, QStyle::SP_ArrowBack), {QKeySequence::Undo},
                  tr("Undo the last edit"));
    a.redo = make(
        m_undoGroup->createRedoAction(this, tr("&Redo")), u"actionRedo"_s,
        icon(u"edit-redo"_s, QStyle::SP_ArrowForward),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
        tr("Redo the edit last undone"));
    a.newCase = make(new QAction(tr("New &Case"), this), u"actionNewCase"_s,
                     icon(u"list-add"_s, QStyle::SP_FileDialogNewFolder),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                     tr("Add a case to the library"));
    a.deleteCase = make(new QAction(tr("&Delete Case…"), this), u"actionDeleteCase"_s,
                        icon(u"edit-delete"_s, QStyle::SP_TrashIcon), {QKeySequence::Delete},
                        tr("Delete the selected case with its sanctions, documents and passages"));
    // Delete acts on the table only, never on text being edited elsewhere.
    a.deleteCase->setShortcutContext(Qt::WidgetShortcut);
    removeAction(a.deleteCase);
    a.find = make(new QAction(tr("&Find Cases"), this), u"actionFind"_s,
                  icon(u"edit-find"_s, QStyle::SP_FileDialogContentsView), {QKeySequence::Find},
                  tr("Search the cases by reference, title or registrant"));
    a.showFilterBar = make(new QAction(tr("Show &Filter Bar"), this), u"actionShowFilterBar"_s, {},
                           {}, tr("Show or hide the filters above the case table"));
    a.showFilterBar->setCheckable(true);
    a.showFilterBar->setChecked(true);
    a.showCasePanel = make(m_panelDock->toggleViewAction(), u"actionShowCasePanel"_s, {},
                           {QKeySequence(Qt::Key_F9)}, tr("Show or hide the case panel"));
    a.showCasePanel->setText(tr("Show &Case Panel"));
    a.resetLayout = make(new QAction(tr("&Reset Layout"), this), u"actionResetLayout"_s, {}, {},
                         tr("Put the panels and columns back where they started"));
    a.codebook = make(new QAction(tr("&Codebook…"), this), u"actionCodebook"_s, {}, {},
                      tr("Edit the factors passages are tagged with, their phrases and shortcuts"));
    a.about = make(new QAction(tr("&About Casebench"), this), u"actionAbout"_s,
                   icon(u"help-about"_s, QStyle::SP_MessageBoxInformation), {},
                   tr("Version and build information"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = make(new QAction(tr("About &Qt"), this), u"actionAboutQt"_s, {}, {},
                     tr("The Qt version in use"));
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    a.backups = make(new QAction(tr("Migration &Backups…"), this), u"actionBackups"_s, {}, {},
                     tr("List and remove the copies of this library taken before upgrades"));
}

void MainWindow::connectActions()
{
    const auto &a = m_actions;
    connect(a.newLibrary, &QAction::triggered, this, &MainWindow::newLibrary);
    connect(a.open, &QAction::triggered, this, &MainWindow::openLibraryDialog);
    connect(a.newDemo, &QAction::triggered, this, &MainWindow::newDemoLibrary);
    connect(a.close, &QAction::triggered, this, &MainWindow::closeLibraryAction);
    connect(a.backups, &QAction::triggered, this, &MainWindow::showBackups);
    connect(a.quit, &QAction::triggered, this, &MainWindow::close);
    connect(a.newCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(a.deleteCase, &QAction::triggered, this, &MainWindow::deleteCase);
    connect(a.find, &QAction::triggered, this, [this] {
        m_actions.showFilterBar->setChecked(true);
        m_filterBar->focusSearch();
    });
    connect(a.showFilterBar, &QAction::toggled, m_filterBar, &QWidget::setVisible);
    connect(a.resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.codebook, &QAction::triggered, this, &MainWindow::showCodebook);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QList<FeatureAction> MainWindow::windowActions() const
{
    // The window enables its own actions (updateActions); the features' places fit between.
    const auto at = [](QAction *action, MenuId menu, int group, int position) {
        return FeatureAction{action, menu, group, position, Needs::Manual, {}};
    };
    const auto &a = m_actions;
    return {
        at(a.newLibrary, MenuId::File, 10, 10),
        at(a.open, MenuId::File, 10, 20),
        at(m_recentMenu->menuAction(), MenuId::File, 10, 30),
        at(a.newDemo, MenuId::File, 10, 40),
        at(a.backups, MenuId::File, 30, 10),
        at(a.close, MenuId::File, 30, 20),
        at(a.quit, MenuId::File, 40, 10),
        at(a.undo, MenuId::Edit, 10, 10),
        at(a.redo, MenuId::Edit, 10, 20),
        at(a.newCase, MenuId::Edit, 20, 10),
        at(a.deleteCase, MenuId::Edit, 20, 20),
        at(a.find, MenuId::Edit, 30, 10),
        at(a.showFilterBar, MenuId::View, 10, 10),
        at(a.showCasePanel, MenuId::View, 10, 20),
        at(a.resetLayout, MenuId::View, 30, 10),
        at(a.codebook, MenuId::Tools, 10, 10),
        at(a.about, MenuId::Help, 10, 10),
        at(a.aboutQt, MenuId::Help, 10, 20),
    };
}

QList<FeatureAction> MainWindow::menuActions() const
{
    QList<FeatureAction> all = windowActions();
    for (const Feature *feature : m_features)
        all += feature->actions();
    return all;
}

void MainWindow::createMenus()
{
    const auto &a = m_actions;
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(u"menuOpenRecent"_s);
    m_recentMenu->menuAction()->setObjectName(u"actionOpenRecent"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    featuremenus::build(menuBar(), menuActions());

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({a.open, a.undo, a.redo});
    tools->addSeparator();
    tools->addActions({a.newCase, a.deleteCase});

    m_table->addActions({a.newCase, a.deleteCase});
    rebuildRecentMenu();
}

void MainWindow::connectModels()
{
    m_filterBar->setModels(m_caseModel, m_proxy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    // A reset leaves no current row and says nothing of it: the features learn it here.
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { m_host->setCurrentCase(selectedCase()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        m_panelDock->show();
        m_panelDock->raise();
        m_panel->form()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_panel, &CasePanel::errorOccurred, this, [this](const QString &message) {
        showError(tr("The change could not be made."), message);
    });
}

// --- Libraries --------------------------------------------------------------------------------

bool MainWindow::openLibrary(const QString &path)
{
    try {
        setLibrary(Library::open(path));
        return true;
    } catch (const LibraryError &e) {
        if (e.kind() == LibraryError::Kind::FileNotFound)
            UiSettings().removeRecentFile(path);
        showError(tr("Casebench could not open “%1”.").arg(fileName(path)), e.message());
        return false;
    }
}

bool MainWindow::createLibrary(const QString &path)
{
    try {
        setLibrary(Library::create(path));
        return true;
    } catch (const LibraryError &e) {
        showError(tr("Casebench could not create “%1”.").arg(fileName(path)), e.message());
        return false;
    }
}

bool MainWindow::createDemoLibrary(const QString &path)
{
    try {
        setLibrary(demolibrary::create(path));
        return true;
    } catch (const LibraryError &e) {
        showError(tr("Casebench could not create the demo library “%1”.").arg(fileName(path)),
                  e.message());
        return false;
    }
}

void MainWindow::showLibrary(std::unique_ptr<Library> library)
{
    setLibrary(std::move(library));
}

bool MainWindow::openOrCreateDemo(const QString &path)
{
    return QFileInfo::exists(path) ? openLibrary(path) : createDemoLibrary(path);
}

void MainWindow::setLibrary(std::unique_ptr<Library> library)
{
    closeLibrary();
    const QString path = library->path();
    const QString backup = library->migrationBackupPath();
    m_session = std::make_unique<LibrarySession>(std::move(library));
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_caseModel->setSession(m_session.get());
    m_panel->setSession(m_session.get());
    connect(m_session.get(), &LibrarySession::caseTouched, this, &MainWindow::selectCase);
    connect(m_session.get(), &LibrarySession::errorOccurred, this, [this](const QString &message) {
        showError(tr("The library reported a problem."), message);
    });
    UiSettings settings;
    settings.addRecentFile(path);
    settings.setLastLibrary(path);
    if (!backup.isEmpty()) {
        statusBar()->showMessage(tr("The library was upgraded; the file as it was is kept as %1.")
                                     .arg(QDir::toNativeSeparators(backup)),
                                 15000);
    }
    m_host->setSession(m_session.get());
    updateTitle();
    updateStatus();
    updateActions();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void MainWindow::closeLibrary()
{
    if (!m_session)
        return;
    delete m_codebookEditor; // it edits this library's codebook
    for (Feature *feature : std::as_const(m_features))
        feature->close(); // their dialogs and windows hold this library's session
    m_panel->setSession(nullptr);
    m_caseModel->setSession(nullptr);
    m_host->setSession(nullptr);
    m_session.reset(); // its undo stack leaves the group as it goes
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::closeLibraryAction()
{
    closeLibrary();
    UiSettings().setLastLibrary(QString());
}

QString MainWindow::libraryDialogFolder() const
{
    if (m_session)
        return QFileInfo(m_session->library().path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newLibrary()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Library"), QDir(libraryDialogFolder()).filePath(tr("Cases.casebench")),
        libraryFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createLibrary(withSuffix(path));
}

void MainWindow::openLibraryDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Library"),
                                                      libraryDialogFolder(), libraryFilter());
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::newDemoLibrary()
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString suggestion = documents.filePath(tr("Casebench demo.casebench"));
    for (int n = 2; QFileInfo::exists(suggestion); ++n)
        suggestion = documents.filePath(tr("Casebench demo %1.casebench").arg(n));
    // The demo is written to a new file only: an existing one is refused with a message.
    const QString path = QFileDialog::getSaveFileName(this, tr("New Demo Library"), suggestion,
                                                      libraryFilter(), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDemoLibrary(withSuffix(path));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = UiSettings().recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(fileName(path)));
        action->setObjectName(u"actionRecent%1"_s.arg(i + 1));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent libraries"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setObjectName(u"actionClearRecent"_s);
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { UiSettings().clearRecentFiles(); });
}

// --- Cases ------------------------------------------------------------------------------------

QList<CaseId> MainWindow::visibleCases() const
{
    QList<CaseId> visible;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        visible.append(m_caseModel->caseIdAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return visible;
}

CaseId MainWindow::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_caseModel->caseIdAt(m_proxy->mapToSource(current).row());
}

void MainWindow::selectCase(CaseId id)
{
    const int sourceRow = m_caseModel->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex source = m_caseModel->index(sourceRow, 0);
    if (!m_proxy->mapFromSource(source).isValid())
        m_filterBar->clearFilters(); // the user must see the case that changed
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_panel->setCase(id);
}

void MainWindow::onCurrentRowChanged()
{
    m_panel->setCase(selectedCase());
    m_host->setCurrentCase(selectedCase());
    updateActions();
}

void MainWindow::newCase()
{
    if (!m_session)
        return;
    CaseRepository &cases = m_session->library().cases();
    Case c;
    c.reference = uniqueReference(
        QString(), [&cases](const QString &r) { return cases.findByReference(r).has_value(); });
    c.regulator = m_proxy->regulator().value_or(Regulator::Other);
    c.role = CaseRole::Preparation;
    try {
        selectCase(m_session->addCase(c));
        m_panelDock->show();
        m_panel->form()->focusReference();
    } catch (const LibraryError &e) {
        showError(tr("The case could not be added."), e.message());
    }
}

void MainWindow::deleteCase()
{
    const CaseId id = selectedCase();
    if (!m_session || !id.isValid())
        return;
    const CaseSummary &summary = m_caseModel->summaryAt(m_caseModel->rowOf(id));
    auto *box = plainmessage::create(QMessageBox::Question, tr("Delete Case"),
                                     tr("Delete the case “%1”?").arg(summary.caseRecord.reference),
                                     QMessageBox::Cancel, this);
    box->setObjectName(u"deleteCaseConfirmation"_s);
    box->setInformativeText(tr("Its sanction history, its documents (%1) and their tagged passages "
                               "are deleted with it. Edit ▸ Undo brings them all back.")
                                .arg(summary.documentCount));
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, confirm](QAbstractButton *button) {
        if (button != confirm || !m_session)
            return;
        try {
            m_session->removeCase(id);
        } catch (const LibraryError &e) {
            showError(tr("The case could not be deleted."), e.message());
        }
    });
    box->open();
}

// --- Window -----------------------------------------------------------------------------------

void MainWindow::showError(const QString &text, const QString &detail)
{
    // Window-modal and not blocking, so that nothing waits on it (tests included).
    auto *box = plainmessage::create(QMessageBox::Warning, tr("Casebench"), text, QMessageBox::Ok,
                                     this);
    box->setObjectName(u"errorMessageBox"_s);
    plainmessage::setInformative(box, detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const Feature *feature : std::as_const(m_features)) {
        if (feature->acceptsDrop(*event->mimeData())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (Feature *feature : std::as_const(m_features)) {
        if (feature->acceptsDrop(*event->mimeData())) {
            event->acceptProposedAction();
            feature->drop(*event->mimeData());
            return;
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Casebench"), appinfo::aboutText());
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Casebench"));
        return;
    }
    const QString path = m_session->library().path();
    PostgresUrl server;
    QString problem;
    if (Library::isUrl(path) && PostgresUrl::parse(path, server, problem)) {
        // A team library: the database and its server, as the reviewer connected to them.
        setWindowFilePath(QString());
        setWindowTitle(
            tr("%1 on %2 — Casebench")
                .arg(server.database, server.host.isEmpty() ? u"localhost"_s : server.host));
        return;
    }
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Casebench").arg(fileName(path)));
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_countLabel->setText(tr("No library open"));
        return;
    }
    const int total = m_caseModel->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(total == 1 ? tr("1 case (%1 shown)").arg(shown)
                                     : tr("%1 cases (%2 shown)").arg(total).arg(shown));
}

void MainWindow::showBackups()
{
    if (m_session == nullptr)
        return;
    auto *dialog = new BackupsDialog(m_session->library().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    // A read-only team library (a reader's role) can be browsed, searched and compared only.
    const bool writable = open && m_host->isWritable();
    m_actions.close->setEnabled(open);
    // A library on a server has no backups beside it: pg_dump keeps its copies.
    m_actions.backups->setEnabled(open && !Library::isUrl(m_session->library().path()));
    m_actions.newCase->setEnabled(writable);
    m_actions.deleteCase->setEnabled(writable && selectedCase().isValid());
    m_actions.find->setEnabled(open);
    m_actions.codebook->setEnabled(writable);
}

void MainWindow::restoreLayout()
{
    UiSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    if (!settings.panelSplitter().isEmpty())
        m_panel->splitter()->restoreState(settings.panelSplitter());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.caseTableHeader()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_actions.showFilterBar->setChecked(settings.filterBarVisible());
    m_filterBar->setVisible(settings.filterBarVisible());
}

void MainWindow::saveLayout()
{
    UiSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setPanelSplitter(m_panel->splitter()->saveState());
    settings.setCaseTableHeader(m_table->horizontalHeader()->saveState());
    settings.setFilterBarVisible(m_actions.showFilterBar->isChecked());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_panelDock->show();
    m_actions.showFilterBar->setChecked(true);
    m_panel->resetSplitter();
    m_table->resetColumns();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showCodebook()
{
    if (!m_session)
        return;
    if (!m_codebookEditor) {
        m_codebookEditor = new CodebookEditor(m_session.get(), this);
        m_codebookEditor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_codebookEditor->show();
    m_codebookEditor->raise();
    m_codebookEditor->activateWindow();
}

} // namespace casebench::ui
