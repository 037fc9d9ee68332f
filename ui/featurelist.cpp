// SPDX-License-Identifier: GPL-3.0-or-later
// The list of the main window's features. A new feature adds its line here and touches no
// other existing file: its actions declare their menu, group, position, shortcut and needs
// (ui/feature.h), and it follows the session through the SessionHost.
#include "featurelist.h"

#include "citation/copycitationfeature.h"
#include "export/anonymisationcontroller.h"
#include "export/bundlecontroller.h"
#include "export/dataexportcontroller.h"
#include "export/qdpxcontroller.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "precedents/precedentswiring.h"
#include "reader/readerwiring.h"
#include "team/teamwiring.h"

namespace casebench::ui {

QList<Feature *> createFeatures(MainWindow &window, SessionHost &host)
{
    return {
        new ImportController(&window, &host),
        new DataExportController(&window, &host, [&window] { return window.visibleCases(); }),
        new BundleController(&window, &host),
        new QdpxController(&window, &host),
        new AnonymisationController(&window, &host),
        new TeamWiring(window, host),
        new ReaderWiring(window, host),
        new PrecedentsWiring(window, host),
        new CopyCitationFeature(&window, &host),
    };
}

} // namespace casebench::ui
