// SPDX-License-Identifier: GPL-3.0-or-later
// The Casebench window: `casebench [LIBRARY]` or `casebench --demo PATH`.
#include "appinfo.h"
#include "mainwindow.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Casebench"_s);
    QApplication::setApplicationName(u"Casebench"_s);
    QApplication::setApplicationDisplayName(u"Casebench"_s);
    QApplication::setApplicationVersion(casebench::ui::appinfo::version());
    QApplication::setWindowIcon(casebench::ui::appinfo::applicationIcon());
    casebench::ui::appinfo::addFileTypesFromBuildTree();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for reviewing fitness-to-practise cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"library"_s, QApplication::translate("main", "The case library to open."), u"[LIBRARY]"_s);
    const QCommandLineOption demo(
        u"demo"_s,
        QApplication::translate(
            "main",
            "Open the library at <path>, creating the demo library there first if there is no such file."),
        u"path"_s);
    parser.addOption(demo);
    parser.process(app);

    casebench::ui::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        window.openOrCreateDemo(parser.value(demo));
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openLibrary(parser.positionalArguments().constFirst());
    } else {
        const QString last = casebench::ui::UiSettings().lastLibrary();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openLibrary(last);
    }
    return QApplication::exec();
}
