// SPDX-License-Identifier: GPL-3.0-or-later
// export --format pdf|html: the case's bundle (aide-memoire or mitigation preset), optionally
// anonymised with the case's list.
#include "exportformats.h"

#include "export/anonymiser.h"
#include "export/bundlebuilder.h"
#include "export/bundlecontent.h"
#include "storage/library.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

ExitCode exportBundle(CliContext &context, Library &library, const ExportRequest &request)
{
    // Text is laid out with Qt Gui's fonts: main() starts a QGuiApplication for `export`.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        throw inputError(
            Tr::tr("Bundles cannot be written here: this run of the tool has no font support."));

    BundleOptions options = request.preset == u"mitigation"_s ? BundleOptions::mitigation()
                                                              : BundleOptions::aideMemoire();
    options.anonymise = request.anonymise;
    const CaseId id = request.caseRecord.id;
    BundleContent content = BundleContent::load(library, id, options);
    // An empty list is refused by the builder, and what it writes is read back and checked.
    Anonymiser anonymiser = request.anonymise ? Anonymiser::forCase(library, id) : Anonymiser();
    const BundleBuilder builder(std::move(content), options, std::move(anonymiser));
    const bool pdf = request.format == u"pdf"_s;
    const BundleResult result = pdf ? builder.writePdf(request.outputPath)
                                    : builder.writeHtml(request.outputPath);

    if (context.json) {
        QJsonObject object{
            {u"path"_s, result.path}, {u"format"_s, request.format}, {u"bytes"_s, result.bytes}};
        if (pdf)
            object.insert(u"pages"_s, result.pages);
        context.writeJson(object);
        return ExitCode::Success;
    }
    const QString size = QLocale::c().formattedDataSize(result.bytes, 1,
                                                        QLocale::DataSizeTraditionalFormat);
    if (pdf)
        context.out
            << Tr::tr("%1: %2 pages, %3").arg(shownPath(result.path)).arg(result.pages).arg(size)
            << u'\n';
    else
        context.out << Tr::tr("%1: %2").arg(shownPath(result.path), size) << u'\n';
    return ExitCode::Success;
}

} // namespace casebench::cli
