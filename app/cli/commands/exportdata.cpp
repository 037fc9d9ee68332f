// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until this format is written: says so plainly and exits 2.
#include "exportformats.h"

namespace casebench::cli {

ExitCode exportCsv(CliContext &, Library &, const ExportRequest &request)
{
    throw inputError(tr("Export to %1 is not available in this build yet.").arg(request.format));
}

ExitCode exportJson(CliContext &, Library &, const ExportRequest &request)
{
    throw inputError(tr("Export to %1 is not available in this build yet.").arg(request.format));
}

} // namespace casebench::cli
