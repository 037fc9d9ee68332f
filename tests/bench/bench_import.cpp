// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a folder of generated decision PDFs (default 500 of about 10 pages) into a fresh
// library with BulkImporter, and runs Poppler's own pdftotext over the same files one after
// another, in the same run; prints the medians, files per second and the ratio of the two.
//
//   bench_import [--files N] [--pages P] [--runs R] [--workers W] [--keep FOLDER]
//
// With --duplicates: the duplicate check of one new document against libraries of 10,000 and
// 100,000 documents' synthetic fingerprints (random band hashes, as distinct texts give), plus
// one stored decision that the new one is a re-wrapped copy of; prints the medians of the
// fingerprint's computation and of the candidate lookup with and without a match.
//
//   bench_import --duplicates [--runs R]
#include "duplicatedecisions.h"
#include "importfixtures.h"
#include "model/textfingerprint.h"
#include "services/bulkimporter.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/fingerprintrepository.h"
#include "storage/library.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

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

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// The duplicate check against `documents` stored fingerprints.
void benchDuplicates(QTextStream &out, const QString &folder, int documents, int runs)
{
    const QString path = QDir(folder).filePath(u"dup-%1.casebench"_s.arg(documents));
    auto library = Library::create(path);
    Database &db = databaseOf(*library);
    Case c;
    c.reference = u"BENCH-1"_s;
    c = library->cases().add(c);
    QRandomGenerator random(20270113);
    const double fillMs = millisecondsOf([&] {
        Transaction transaction(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (int i = 0; i < documents; ++i) {
            db.exec(uR"(INSERT INTO documents (case_id, kind, title, text, imported)
                VALUES (?, 'decision', ?, '', ?))"_s,
                    {QVariant(c.id.value), u"Synthetic %1"_s.arg(i), now});
        }
        QSqlQuery ids = db.exec(u"SELECT id FROM documents ORDER BY id"_s);
        QList<qint64> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        ids.finish();
        for (const qint64 id : std::as_const(all)) {
            QString sql = u"INSERT INTO document_fingerprints (document_id, band, hash) VALUES "_s;
            QVariantList values;
            for (int band = 0; band < fingerprint::bandCount; ++band) {
                sql += band == 0 ? u"(?, ?, ?)"_s : u", (?, ?, ?)"_s;
                values << id << band << static_cast<qint64>(random.generate64());
            }
            db.exec(sql, values);
        }
        transaction.commit();
    });
    Document stored;
    stored.caseId = c.id;
    stored.title = u"The decision already there"_s;
    stored.text = test::templateDecisionText(0);
    stored = library->documents().add(stored);

    const QString copy = test::templateDecisionText(0, 61);
    const QString other = test::templateDecisionText(1, 61);
    QList<double> computeMs;
    QList<double> noMatchMs;
    QList<double> matchMs;
    FingerprintRepository repository(db);
    for (int run = 0; run < runs; ++run) {
        TextFingerprint copyPrint;
        computeMs.append(millisecondsOf([&] { copyPrint = fingerprint::compute(copy); }));
        const TextFingerprint otherPrint = fingerprint::compute(other);
        noMatchMs.append(millisecondsOf([&] {
            if (repository.findSameText(otherPrint))
                out << "unexpected match\n";
        }));
        matchMs.append(millisecondsOf([&] {
            const auto match = repository.findSameText(copyPrint);
            if (!match || match->document != stored.id)
                out << "the copy was not found\n";
        }));
    }
    out << documents << " documents (" << documents * fingerprint::bandCount
        << " fingerprint rows, written in " << fillMs / 1000.0 << " s), median of " << runs
        << " runs:\n"
        << "  fingerprint of the new decision (" << copy.size()
        << " characters): " << median(computeMs) << " ms\n"
        << "  lookup, no duplicate: " << median(noMatchMs) << " ms\n"
        << "  lookup and word-for-word check, duplicate found: " << median(matchMs) << " ms\n";
    out.flush();
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
    if (args.contains(u"--duplicates"_s)) {
        QTemporaryDir dir;
        for (const int documents : {10000, 100000})
            benchDuplicates(out, dir.path(), documents, option(args, u"--runs"_s, 25));
        return 0;
    }
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
    out << "Generated " << written << " PDFs in " << static_cast<double>(timer.elapsed()) / 1000.0
        << " s; " << pdfs.size() << " files, " << bytes / 1024 << " KiB in " << folder << '\n';
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
        imported = static_cast<int>(
            std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome &o) {
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
        out << "run " << run + 1 << ": Casebench " << importSeconds.constLast() << " s ("
            << imported << " imported), pdftotext " << popplerSeconds.constLast() << " s\n";
        out.flush();
    }
    const double casebench = median(importSeconds);
    const double poppler = median(popplerSeconds);
    out << "\nmedian of " << runs << " runs over " << pdfs.size() << " PDFs of " << pages
        << " pages\n";
    out << "  Casebench import (BulkImporter, "
        << (workers > 0 ? workers : QThread::idealThreadCount())
        << " readers + writer): " << casebench << " s, "
        << static_cast<double>(pdfs.size()) / casebench << " files/s\n";
    out << "  pdftotext, one file after another: " << poppler << " s, "
        << static_cast<double>(pdfs.size()) / poppler << " files/s\n";
    out << "  ratio Casebench / pdftotext: " << casebench / poppler << " (target <= 1.3)\n";
    return 0;
}
