// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The formats behind `export`: one function each, in their own files (exportbundle.cpp,
// exportdata.cpp, exportqdpx.cpp). exportcommand.cpp parses the command line and calls one.

#include "clicontext.h"
#include "model/case.h"

namespace casebench {
class Library;
}

namespace casebench::cli {

/// What `export REF --format F -o FILE [--anonymise] [--preset P]` asked for, checked.
struct ExportRequest
{
    Case caseRecord;        ///< the case named by REF (found in the library)
    QString format;         ///< "pdf", "html", "csv", "json" or "qdpx"
    QString outputPath;     ///< -o FILE; never an existing file unless --force was given
    bool anonymise = false; ///< apply the case's anonymisation list to everything written
    QString preset;         ///< "aide-memoire" or "mitigation" (bundles); empty: the default
    bool force = false;     ///< --force: files written beside FILE may be overwritten too
};

/// pdf and html: the case's bundle with the preset's contents.
ExitCode exportBundle(CliContext &context, Library &library, const ExportRequest &request);
/// csv: passages (one row each) and the case row.
ExitCode exportCsv(CliContext &context, Library &library, const ExportRequest &request);
/// json: the whole case with documents and passages (Web Annotation selectors).
ExitCode exportJson(CliContext &context, Library &library, const ExportRequest &request);
/// qdpx: a REFI-QDA project holding the case.
ExitCode exportQdpx(CliContext &context, Library &library, const ExportRequest &request);

} // namespace casebench::cli
