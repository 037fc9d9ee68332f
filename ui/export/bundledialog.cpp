// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledialog.h"
#include "plainmessage.h"

#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "services/libraryworker.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

/// What a job on the worker came back with.
struct BundleDialog::Outcome
{
    BundleResult result;
    QString path;
    QString error;
};

namespace {

const QList<BundlePreset> presetRows{BundlePreset::AideMemoire, BundlePreset::Mitigation,
                                     BundlePreset::Custom};

/// A file name for the case: "DEMO-HCPC-001 aide-memoire.pdf", without characters file systems
/// refuse.
QString suggestedName(const QString &reference, const BundleOptions &options, const QString &suffix)
{
    QString name = reference + u' '
                   + (options.preset == BundlePreset::Mitigation ? u"mitigation"_s : u"bundle"_s);
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    return name.replace(unsafe, u"-"_s) + u'.' + suffix;
}

} // namespace

BundleDialog::BundleDialog(LibrarySession &session, CaseId id, QWidget *parent)
    : QDialog(parent), m_case(id), m_options(BundleOptions::aideMemoire())
{
    setObjectName(u"bundleDialog"_s);
    // Read everything once, on the thread owning the library; the rest works on these values.
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        BundleOptions all = BundleOptions::aideMemoire();
        all.precedentCount = 15;
        m_content = BundleContent::load(session.library(), id, all);
        m_anonymiser = Anonymiser::forCase(session.library(), id);
    }
    setWindowTitle(tr("Bundle for %1").arg(m_content.caseRecord.reference));
    createWidgets();
    m_jobs = new BackgroundJobs(this);
    applyPreset(0);
    resize(1000, 720);
}

BundleDialog::~BundleDialog()
{
    cancel();
    delete m_jobs; // cancels too, and waits for the running job before the widgets go
}

bool BundleDialog::isBusy() const
{
    return m_jobs->isBusy(u"bundle"_s);
}

void BundleDialog::createWidgets()
{
    auto *controls = new QWidget;
    auto *form = new QFormLayout;
    m_preset = new QComboBox;
    m_preset->setObjectName(u"bundlePreset"_s);
    for (BundlePreset preset : presetRows)
        m_preset->addItem(enumLabel(preset));
    form->addRow(tr("&Preset:"), m_preset);

    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionLayout = new QVBoxLayout(sections);
    for (BundleSection section : enumValues<BundleSection>()) {
        auto *box = new QCheckBox(enumLabel(section));
        box->setObjectName(u"bundleSection-"_s + enumIdentifier(section));
        sectionLayout->addWidget(box);
        m_sections.append(box);
        connect(box, &QCheckBox::toggled, this, &BundleDialog::sectionToggled);
    }
    m_precedentCount = new QSpinBox;
    m_precedentCount->setObjectName(u"bundlePrecedentCount"_s);
    m_precedentCount->setRange(1, 15);
    m_precedentCount->setValue(m_options.precedentCount);
    form->addRow(tr("P&recedents:"), m_precedentCount);
    m_anonymise = new QCheckBox(tr("&Anonymise"));
    m_anonymise->setObjectName(u"bundleAnonymise"_s);
    m_anonymise->setToolTip(
        m_anonymiser.isEmpty()
            ? tr("The case's anonymisation list is empty: nothing would be replaced.")
            : tr("Replace the %n names on the case's anonymisation list everywhere in the bundle.",
                 nullptr, int(m_anonymiser.entries().size())));
    form->addRow(QString(), m_anonymise);

    m_savePdf = new QPushButton(tr("Save as P&DF…"));
    m_savePdf->setObjectName(u"bundleSavePdf"_s);
    m_saveHtml = new QPushButton(tr("Save as &HTML…"));
    m_saveHtml->setObjectName(u"bundleSaveHtml"_s);
    m_print = new QPushButton(tr("Pr&int…"));
    m_print->setObjectName(u"bundlePrint"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(u"bundleStatus"_s);

    auto *left = new QVBoxLayout(controls);
    left->addLayout(form);
    left->addWidget(sections);
    left->addWidget(m_savePdf);
    left->addWidget(m_saveHtml);
    left->addWidget(m_print);
    left->addWidget(m_status);
    left->addStretch();
    left->addWidget(close);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(u"bundlePreview"_s);
    m_preview->setOpenLinks(false);
    auto *splitter = new QSplitter;
    splitter->addWidget(controls);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_preset, &QComboBox::activated, this, &BundleDialog::applyPreset);
    connect(m_precedentCount, &QSpinBox::valueChanged, this, [this](int n) {
        m_options.precedentCount = n;
        schedulePreview();
    });
    connect(m_anonymise, &QCheckBox::toggled, this, [this](bool on) {
        m_options.anonymise = on;
        schedulePreview();
    });
    connect(m_savePdf, &QPushButton::clicked, this, &BundleDialog::savePdf);
    connect(m_saveHtml, &QPushButton::clicked, this, &BundleDialog::saveHtml);
    connect(m_print, &QPushButton::clicked, this, &BundleDialog::print);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QCheckBox *BundleDialog::sectionBox(BundleSection section) const
{
    return m_sections.value(qsizetype(section));
}

void BundleDialog::applyPreset(int index)
{
    const BundlePreset preset = presetRows.value(index, BundlePreset::AideMemoire);
    if (preset == BundlePreset::Custom)
        return; // the sections stay as they are
    const int count = m_precedentCount->value();
    const bool anonymise = m_options.anonymise;
    m_options = BundleOptions::forPreset(preset);
    m_options.precedentCount = count;
    m_options.anonymise = anonymise;
    for (BundleSection section : enumValues<BundleSection>()) {
        QCheckBox *box = sectionBox(section);
        const QSignalBlocker block(box);
        box->setChecked(m_options.has(section));
    }
    m_preset->setCurrentIndex(int(presetRows.indexOf(preset)));
    schedulePreview();
}

void BundleDialog::sectionToggled()
{
    for (BundleSection section : enumValues<BundleSection>())
        m_options.setSection(section, sectionBox(section)->isChecked());
    m_preset->setCurrentIndex(int(presetRows.indexOf(m_options.preset)));
    schedulePreview();
}

void BundleDialog::schedulePreview()
{
    // Several changes in one event (a preset sets every box) make one preview.
    if (m_previewPending)
        return;
    m_previewPending = true;
    QTimer::singleShot(0, this, &BundleDialog::updatePreview);
}

void BundleDialog::updatePreview()
{
    m_previewPending = false;
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(builder().html().value_or(QString()));
    m_preview->verticalScrollBar()->setValue(scroll);
    m_status->setText(tr("%n tagged passages; %1.", nullptr, int(m_content.passages.size()))
                          .arg(m_options.anonymise ? tr("anonymised") : tr("not anonymised")));
}

QString BundleDialog::shownReference() const
{
    // An anonymised bundle is never named after the real reference where the list changes it.
    return exportFileStem(m_content.caseRecord.reference,
                          m_options.anonymise ? &m_anonymiser : nullptr);
}

BundleBuilder BundleDialog::builder() const
{
    return BundleBuilder(m_content, m_options, m_anonymiser);
}

void BundleDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Bundle as PDF"), suggestedName(shownReference(), m_options, u"pdf"_s),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path, Format::Pdf);
}

void BundleDialog::saveHtml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Bundle as HTML"), suggestedName(shownReference(), m_options, u"html"_s),
        tr("Web pages (*.html *.htm)"));
    if (!path.isEmpty())
        saveTo(path, Format::Html);
}

void BundleDialog::saveTo(const QString &path, Format format)
{
    const BundleBuilder b = builder();
    run(path, tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
        [b, path, format](const BundleProgress &progress) {
            return format == Format::Pdf ? b.writePdf(path, progress) : b.writeHtml(path, progress);
        });
}

void BundleDialog::print()
{
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(builder().documentTitle());
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BundleBuilder b = builder();
    QPrinter *printer = m_printer.get();
    run(QString(), tr("Printing…"),
        [b, printer](const BundleProgress &progress) { return b.paint(*printer, progress); });
}

void BundleDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BundleDialog::run(const QString &path, const QString &label,
                       std::function<BundleResult(const BundleProgress &)> job)
{
    if (isBusy())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(u"bundleProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BundleDialog::cancel);
    for (QPushButton *button : {m_savePdf, m_saveHtml, m_print})
        button->setEnabled(false);

    const auto cancelFlag = m_cancel;
    m_jobs->request(
        u"bundle"_s,
        [job = std::move(job), cancelFlag, path](LibraryWorker::State &, JobControl &control) {
            // The dialog's Cancel, or the dialog going, stops the job at its next page.
            const BundleProgress progress = [cancelFlag, &control](int percent) {
                control.progress(percent, 100);
                return !cancelFlag->load() && !control.cancelled();
            };
            Outcome outcome;
            outcome.path = path;
            try {
                outcome.result = job(progress);
            } catch (const LibraryError &e) {
                outcome.error = e.message();
            }
            return outcome;
        },
        [this](const Outcome &outcome) { finished(outcome); },
        [this](const QString &message) {
            Outcome outcome;
            outcome.error = message;
            finished(outcome);
        },
        [this](int percent, int, const QString &) {
            if (m_progress)
                m_progress->setValue(percent);
        });
}

void BundleDialog::finished(const Outcome &result)
{
    const Outcome *outcome = &result;
    for (QPushButton *button : {m_savePdf, m_saveHtml, m_print})
        button->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!outcome->error.isEmpty()) {
        m_status->setText(outcome->error);
        auto *box = plainmessage::create(QMessageBox::Warning, tr("Bundle Not Written"),
                                         outcome->error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT failed(outcome->error);
        return;
    }
    if (outcome->result.cancelled) {
        m_status->setText(tr("Cancelled; nothing was written."));
        Q_EMIT cancelled();
        return;
    }
    if (outcome->path.isEmpty())
        m_status->setText(tr("Sent %n pages to the printer.", nullptr, outcome->result.pages));
    else if (outcome->result.pages > 0)
        m_status->setText(tr("Saved %1 (%n pages).", nullptr, outcome->result.pages)
                              .arg(QDir::toNativeSeparators(outcome->path)));
    else
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(outcome->path)));
    Q_EMIT saved(outcome->path, outcome->result.pages);
}

} // namespace casebench::ui
