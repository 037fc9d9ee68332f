// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a folder of generated decision PDFs (default 500 of about 10 pages) into a fresh
// library with BulkImporter, and runs Poppler's own pdftotext over the same files one after
// another, in the same run; prints the medians, files per second and the ratio of the two.
//
//   bench_import [--files N] [--pages P] [--runs R] [--workers W] [--keep FOLDER]
#include "import/bulkimporter.h"
#include "importfixtures.h"
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int files = option(args, u"--files"_s, 500);
    const int pages = option(args, u"--pages"_s, 10);
    const int runs = option(args, u"--runs"_s, 3);
    const int workers = option(args, u"--workers"_s, 0);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        out << "pdftotext is not installed (apt-get install poppler-utils)\n";
        return 1;
    }

    QTemporaryDir temp;
    const qsizetype keepAt = args.indexOf(u"--keep"_s);
    const QString folder = keepAt >= 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1)
                                                                   : temp.filePath(u"pdfs"_s);
    QDir().mkpath(folder);
    QElapsedTimer timer;
    timer.start();
    int written = 0;
    for (int i = 0; i < files; ++i) {
        const QString path = u"%1/decision-%2.pdf"_s.arg(folder).arg(i, 4, 10, QChar(u'0'));
        if (QFileInfo::exists(path))
            continue;
        if (testfixtures::writeDecisionPdf(path, pages, static_cast<quint32>(i + 1)).pages == 0) {
            out << "could not write " << path << '\n';
            return 1;
        }
        ++written;
    }
    const QStringList pdfs = BulkImporter::collectFiles({folder});
    qint64 bytes = 0;
    for (const QString &pdf : pdfs)
        bytes += QFileInfo(pdf).size();
    out << "Generated " << written << " PDFs in " << static_cast<double>(timer.elapsed()) / 1000.0 << " s; " << pdfs.size()
        << " files, " << bytes / 1024 << " KiB in " << folder << '\n';
    out.flush();

    QList<double> importSeconds;
    QList<double> popplerSeconds;
    int imported = 0;
    for (int run = 0; run < runs; ++run) {
        const QString library = temp.filePath(u"run-%1.casebench"_s.arg(run));
        Library::create(library);
        BulkImporter importer;
        importer.setWorkerCount(workers);
        timer.restart();
        importer.start(library, pdfs, ImportTarget::newCase());
        const QList<ImportOutcome> outcomes = importer.waitForFinished();
        importSeconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        imported = static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome &o) {
            return o.status == ImportStatus::Imported;
        }));
        for (const ImportOutcome &o : outcomes) {
            if (o.status == ImportStatus::Failed) {
                out << "failed: " << o.message << '\n';
                break;
            }
        }

        timer.restart();
        for (const QString &pdf : pdfs) {
            QProcess process;
            process.start(pdftotext, {pdf, temp.filePath(u"out.txt"_s)});
            process.waitForFinished(-1);
        }
        popplerSeconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        out << "run " << run + 1 << ": Casebench " << importSeconds.constLast() << " s (" << imported
            << " imported), pdftotext " << popplerSeconds.constLast() << " s\n";
        out.flush();
    }
    const double casebench = median(importSeconds);
    const double poppler = median(popplerSeconds);
    out << "\nmedian of " << runs << " runs over " << pdfs.size() << " PDFs of " << pages << " pages\n";
    out << "  Casebench import (BulkImporter, " << (workers > 0 ? workers : QThread::idealThreadCount())
        << " readers + writer): " << casebench << " s, " << static_cast<double>(pdfs.size()) / casebench << " files/s\n";
    out << "  pdftotext, one file after another: " << poppler << " s, " << static_cast<double>(pdfs.size()) / poppler
        << " files/s\n";
    out << "  ratio Casebench / pdftotext: " << casebench / poppler << " (target <= 1.3)\n";
    return 0;
}
