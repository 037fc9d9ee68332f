// SPDX-License-Identifier: GPL-3.0-or-later
// The wiring contract of the main window's features, checked for every feature in
// ui/featurelist.cpp: each action is in the menu, group and position it declares, is enabled as
// its needs say (no library, no case, a read-only library), and no two share a shortcut.
#include "feature.h"
#include "import/bulkreviewdialog.h"
#include "import/importcontroller.h"
#include "import/suggestionsdialog.h"
#include "mainwindow.h"
#include "sessionhost.h"
#include "uitestsupport.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

namespace {

/// The state an action's needs are checked in.
struct State
{
    bool open = false;
    bool hasCase = false;
    bool readOnly = false;
};

bool expectedEnabled(Needs needs, const State &s)
{
    switch (needs) {
    case Needs::Nothing:
    case Needs::Manual:
        return true;
    case Needs::Session:
        return s.open;
    case Needs::Case:
        return s.open && s.hasCase;
    case Needs::Writable:
        return s.open && !s.readOnly;
    case Needs::WritableCase:
        return s.open && !s.readOnly && s.hasCase;
    }
    return false;
}

/// A menu as object names, "|" for a line, "" for an action without a name.
QStringList layout(const QMenu *menu)
{
    QStringList names;
    for (const QAction *a : menu->actions())
        names.append(a->isSeparator() ? u"|"_s : a->objectName());
    return names;
}

/// `names` with only those in `known` (and the lines between them, one at most in a row).
QStringList restrictedTo(const QStringList &names, const QStringList &known)
{
    QStringList out;
    for (const QString &n : names) {
        if (n == u"|"_s) {
            if (!out.isEmpty() && out.constLast() != u"|"_s)
                out.append(n);
        } else if (known.contains(n)) {
            out.append(n);
        }
    }
    if (!out.isEmpty() && out.constLast() == u"|"_s)
        out.removeLast();
    return out;
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFeatureDeclaresNamedActions();
    void actionsAreInTheirDeclaredPlaces();
    void menusKeepTheirLayout();
    void shortcutsAreUnique();
    void actionsFollowTheirNeeds();
    void needsAreAsBefore();
    void hostSignalsEachChange();
    void closingTheLibraryClosesItsDialogs();

private:
    [[nodiscard]] QMenu *menu(MenuId id) const;
    void checkEnabled(const State &state, const char *what);

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestFeatures::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
}

void TestFeatures::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->createDemoLibrary(m_folder->path(u"demo.casebench"_s)));
    QVERIFY(m_window->selectedCase().isValid());
}

void TestFeatures::cleanup()
{
    m_window.reset();
    m_folder.reset();
}

QMenu *TestFeatures::menu(MenuId id) const
{
    return m_window->menuBar()->findChild<QMenu *>(featuremenus::objectName(id));
}

void TestFeatures::everyFeatureDeclaresNamedActions()
{
    QVERIFY(m_window->features().size() >= 8);
    for (const Feature *feature : m_window->features()) {
        QCOMPARE(feature->parent(), m_window.get());
        for (const FeatureAction &a : feature->actions()) {
            QVERIFY(a.action);
            QVERIFY2(!a.action->objectName().isEmpty(), qPrintable(a.action->text()));
            QVERIFY2(!a.action->text().isEmpty(), qPrintable(a.action->objectName()));
            // The same list every time it is asked for.
            QVERIFY(feature->actions().size() > 0);
        }
    }
}

void TestFeatures::actionsAreInTheirDeclaredPlaces()
{
    // Where every entry of a menu goes: the declared places, the submenus of File beside them.
    QHash<const QAction *, std::pair<int, int>> places;
    QHash<const QAction *, MenuId> menus;
    for (const FeatureAction &a : m_window->menuActions()) {
        places.insert(a.action, {a.group, a.position});
        menus.insert(a.action, a.menu);
    }
    places.insert(menu(MenuId::FileImport)->menuAction(), {20, 20});
    places.insert(menu(MenuId::FileExport)->menuAction(), {20, 30});

    int featureActions = 0;
    for (const Feature *feature : m_window->features()) {
        for (const FeatureAction &a : feature->actions()) {
            ++featureActions;
            QMenu *m = menu(a.menu);
            QVERIFY2(m, qPrintable(featuremenus::objectName(a.menu)));
            QVERIFY2(m->actions().contains(a.action), qPrintable(a.action->objectName()));
            QCOMPARE(a.action->shortcuts().isEmpty(), a.shortcuts.isEmpty());
            if (!a.shortcuts.isEmpty())
                QCOMPARE(a.action->shortcuts(), a.shortcuts);
        }
    }
    QVERIFY(featureActions >= 14);

    // Each menu: its entries in (group, position) order, one line between two groups, no other.
    for (const MenuId id : {MenuId::File, MenuId::FileImport, MenuId::FileExport, MenuId::Edit,
                            MenuId::Case, MenuId::View, MenuId::Tools, MenuId::Help}) {
        QMenu *m = menu(id);
        QVERIFY2(m, qPrintable(featuremenus::objectName(id)));
        const QList<QAction *> entries = m->actions();
        QVERIFY(!entries.isEmpty());
        std::optional<std::pair<int, int>> previous;
        bool lineBefore = false;
        for (const QAction *entry : entries) {
            if (entry->isSeparator()) {
                QVERIFY2(previous && !lineBefore, qPrintable(m->objectName()));
                lineBefore = true;
                continue;
            }
            QVERIFY2(places.contains(entry), qPrintable(entry->objectName()));
            if (menus.contains(entry))
                QCOMPARE(menus.value(entry), id);
            const auto place = places.value(entry);
            if (previous) {
                QVERIFY2(*previous < place, qPrintable(entry->objectName()));
                QCOMPARE(lineBefore, previous->first != place.first);
            }
            previous = place;
            lineBefore = false;
        }
        QVERIFY(!lineBefore);
    }
}

void TestFeatures::menusKeepTheirLayout()
{
    // The menus as they were before features declared their places (a new feature's actions
    // may come between these, in places of their own).
    const QList<std::pair<MenuId, QStringList>> before{
        {MenuId::File,
         {u"actionNewLibrary"_s, u"actionOpen"_s, u"actionOpenRecent"_s, u"actionNewDemo"_s,
          u"actionConnectTeamLibrary"_s, u"|"_s, u"actionImportDocuments"_s, u"menuImport"_s,
          u"menuExport"_s, u"|"_s, u"actionBackups"_s, u"actionClose"_s, u"|"_s, u"actionQuit"_s}},
        {MenuId::FileImport, {u"actionImportCaseJson"_s, u"actionImportQdpx"_s}},
        {MenuId::FileExport,
         {u"actionExportCsv"_s, u"actionExportJson"_s, u"actionExportBundle"_s,
          u"actionExportQdpx"_s}},
        {MenuId::Edit,
         {u"actionUndo"_s, u"actionRedo"_s, u"|"_s, u"actionNewCase"_s, u"actionDeleteCase"_s,
          u"actionReviewSuggestions"_s, u"actionReviewAllSuggestions"_s, u"|"_s, u"actionFind"_s,
          u"actionSearchLibrary"_s, u"actionCompareCases"_s}},
        {MenuId::Case, {u"actionAnonymisationList"_s}},
        {MenuId::View,
         {u"actionShowFilterBar"_s, u"actionShowCasePanel"_s, u"|"_s, u"actionShowPrecedents"_s,
          u"actionShowSearch"_s, u"|"_s, u"actionResetLayout"_s}},
        {MenuId::Tools, {u"actionCodebook"_s}},
        {MenuId::Help, {u"actionAbout"_s, u"actionAboutQt"_s}},
    };
    QStringList bar;
    for (const QAction *a : m_window->menuBar()->actions())
        bar.append(a->text());
    QCOMPARE(bar, (QStringList{u"&File"_s, u"&Edit"_s, u"&Case"_s, u"&View"_s, u"&Tools"_s,
                               u"&Help"_s}));
    for (const auto &[id, names] : before) {
        QMenu *m = menu(id);
        QVERIFY(m);
        // The submenus are named by their menu's object name.
        QStringList actual = layout(m);
        for (QString &name : actual) {
            if (name.isEmpty()) {
                for (const MenuId sub : {MenuId::FileImport, MenuId::FileExport}) {
                    if (menu(sub)->menuAction() == m->actions().at(actual.indexOf(name)))
                        name = featuremenus::objectName(sub);
                }
            }
        }
        QCOMPARE(restrictedTo(actual, names), names);
    }
    QCOMPARE(menu(MenuId::FileImport)->title(), u"I&mport"_s);
    QCOMPARE(menu(MenuId::FileExport)->title(), u"E&xport"_s);
}

void TestFeatures::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> owners;
    for (const FeatureAction &a : m_window->menuActions()) {
        for (const QKeySequence &key : a.action->shortcuts()) {
            QVERIFY2(!owners.contains(key),
                     qPrintable(key.toString() + u" is given to "_s + owners.value(key) + u" and "_s
                                + a.action->objectName()));
            owners.insert(key, a.action->objectName());
        }
    }
    // The window's own and the features' (a few, as they were).
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+I"_s)), u"actionImportDocuments"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+E"_s)), u"actionExportBundle"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+Shift+R"_s)), u"actionReviewAllSuggestions"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+Shift+P"_s)), u"actionShowPrecedents"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+Shift+F"_s)), u"actionSearchLibrary"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+Shift+C"_s)), u"actionCompareCases"_s);
    QCOMPARE(owners.value(QKeySequence(u"Ctrl+Shift+Z"_s)), u"actionRedo"_s);
}

void TestFeatures::checkEnabled(const State &state, const char *what)
{
    int checked = 0;
    for (const Feature *feature : m_window->features()) {
        for (const FeatureAction &a : feature->actions()) {
            if (a.needs == Needs::Manual)
                continue;
            ++checked;
            QVERIFY2(a.action->isEnabled() == expectedEnabled(a.needs, state),
                     qPrintable(a.action->objectName() + u" "_s + QString::fromLatin1(what)));
            QCOMPARE(feature->allows(a.needs), expectedEnabled(a.needs, state));
        }
    }
    QVERIFY(checked >= 14);
}

void TestFeatures::actionsFollowTheirNeeds()
{
    SessionHost *host = m_window->sessionHost();
    QVERIFY(host->session());
    QCOMPARE(host->session(), m_window->session());
    QCOMPARE(host->currentCase(), m_window->selectedCase());
    checkEnabled({true, true, false}, "with a case selected");

    // Every need is declared by some action, so that each state below means something.
    QSet<Needs> declared;
    for (const Feature *feature : m_window->features()) {
        for (const FeatureAction &a : feature->actions())
            declared.insert(a.needs);
    }
    for (const Needs needs : {Needs::Nothing, Needs::Session, Needs::Case, Needs::Writable})
        QVERIFY(declared.contains(needs));

    m_window->caseTable()->selectionModel()->clearCurrentIndex();
    QVERIFY(!host->currentCase().isValid());
    checkEnabled({true, false, false}, "without a case");

    const CaseId first = m_window->visibleCases().constFirst();
    m_window->selectCase(first);
    QCOMPARE(host->currentCase(), first);
    // A reader's role on a team library (the tests run as any user, so it is set, not made).
    host->setReadOnly(true);
    checkEnabled({true, true, true}, "on a read-only library");
    QVERIFY(!m_window->findChild<QAction *>(u"actionNewCase"_s)->isEnabled());
    host->setReadOnly(false);
    checkEnabled({true, true, false}, "writable again");

    m_window->closeLibrary();
    QVERIFY(!host->session());
    QVERIFY(!host->currentCase().isValid());
    checkEnabled({false, false, false}, "without a library");
}

void TestFeatures::needsAreAsBefore()
{
    // What enabled each action before the features declared it, but for REFI-QDA import, which
    // writes to the library and so now needs one that is not read-only (it needed only a session).
    const QHash<QString, Needs> before{
        {u"actionImportDocuments"_s, Needs::Writable},
        {u"actionReviewSuggestions"_s, Needs::Writable},
        {u"actionReviewAllSuggestions"_s, Needs::Writable},
        {u"actionExportCsv"_s, Needs::Session},
        {u"actionExportJson"_s, Needs::Case},
        {u"actionImportCaseJson"_s, Needs::Writable},
        {u"actionExportBundle"_s, Needs::Case},
        {u"actionExportQdpx"_s, Needs::Case},
        {u"actionImportQdpx"_s, Needs::Writable},
        {u"actionAnonymisationList"_s, Needs::Case},
        {u"actionConnectTeamLibrary"_s, Needs::Nothing},
        {u"actionShowPrecedents"_s, Needs::Nothing},
        {u"actionShowSearch"_s, Needs::Nothing},
        {u"actionSearchLibrary"_s, Needs::Session},
        {u"actionCompareCases"_s, Needs::Session},
    };
    int found = 0;
    for (const Feature *feature : m_window->features()) {
        for (const FeatureAction &a : feature->actions()) {
            const QString name = a.action->objectName();
            if (!before.contains(name))
                continue;
            ++found;
            QVERIFY2(a.needs == before.value(name), qPrintable(name));
        }
    }
    QCOMPARE(found, before.size());
}

void TestFeatures::hostSignalsEachChange()
{
    SessionHost host;
    QSignalSpy sessions(&host, &SessionHost::sessionChanged);
    QSignalSpy cases(&host, &SessionHost::currentCaseChanged);
    QSignalSpy readOnly(&host, &SessionHost::readOnlyChanged);
    host.setCurrentCase(CaseId(1)); // no session: no case
    QCOMPARE(cases.count(), 0);
    QVERIFY(!host.isWritable());

    LibrarySession *session = m_window->session();
    host.setSession(session);
    QCOMPARE(sessions.count(), 1);
    QVERIFY(host.isWritable());
    host.setSession(session); // the same: nothing
    QCOMPARE(sessions.count(), 1);
    host.setCurrentCase(CaseId(1));
    host.setCurrentCase(CaseId(1));
    QCOMPARE(cases.count(), 1);
    host.setReadOnly(true);
    QCOMPARE(readOnly.count(), 1);
    QVERIFY(host.isReadOnly() && !host.isWritable());
    host.setSession(nullptr); // the case goes with it, and "read-only" means nothing now
    QCOMPARE(sessions.count(), 2);
    QCOMPARE(cases.count(), 2);
    QCOMPARE(readOnly.count(), 2);
    QVERIFY(!host.currentCase().isValid());

    QSignalSpy requested(&host, &SessionHost::caseRequested);
    host.showCase(CaseId());
    host.showCase(CaseId(3));
    QCOMPARE(requested.count(), 1);
}

void TestFeatures::closingTheLibraryClosesItsDialogs()
{
    ImportController *import = nullptr;
    for (Feature *feature : m_window->features()) {
        if (auto *c = qobject_cast<ImportController *>(feature))
            import = c;
    }
    QVERIFY(import);
    import->reviewSuggestions(m_window->selectedCase());
    QVERIFY(import->suggestionsDialog());
    m_window->closeLibrary();
    QVERIFY(!import->suggestionsDialog());

    QVERIFY(m_window->createDemoLibrary(m_folder->path(u"again.casebench"_s)));
    import->reviewMany({});
    QVERIFY(import->bulkReviewDialog());
    m_window->closeLibrary();
    QVERIFY(!import->bulkReviewDialog());
}

QTEST_MAIN(TestFeatures)
#include "tst_features.moc"
