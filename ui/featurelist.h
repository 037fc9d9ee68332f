// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace casebench::ui {

class Feature;
class MainWindow;
class SessionHost;

/// The features of the main window, created as its children and following `host`; the one
/// place that names them. Their order is the order they are asked about (drops, closing).
QList<Feature *> createFeatures(MainWindow &window, SessionHost &host);

} // namespace casebench::ui
