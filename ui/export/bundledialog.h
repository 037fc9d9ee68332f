// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/anonymiser.h"
#include "export/bundlebuilder.h"
#include "export/bundlecontent.h"
#include "export/bundleoptions.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace casebench {
class BackgroundJobs;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

/// File ▸ Export ▸ Bundle…: builds a case's bundle (preset, sections, precedents, anonymisation)
/// with a live preview, and saves it as PDF or HTML or prints it. The case is read from the
/// library once, when the dialog opens; writing and printing run on a worker thread with a
/// progress dialog that can cancel. Failures are shown in one sentence naming the file.
class BundleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Html };

    /// Reads the case (throws LibraryError when it cannot be read).
    BundleDialog(LibrarySession &session, CaseId id, QWidget *parent = nullptr);
    ~BundleDialog() override;

    [[nodiscard]] const BundleOptions &options() const { return m_options; }
    [[nodiscard]] QComboBox *presetCombo() const { return m_preset; }
    [[nodiscard]] QCheckBox *sectionBox(BundleSection section) const;
    [[nodiscard]] QCheckBox *anonymiseBox() const { return m_anonymise; }
    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }
    /// True while a save or print runs.
    [[nodiscard]] bool isBusy() const;

    /// Writes the bundle to `path` on a worker thread (what Save as PDF…/HTML… do after asking
    /// for the file). Emits saved() or failed().
    void saveTo(const QString &path, Format format);
    /// Cancels a save or print that is running.
    void cancel();

Q_SIGNALS:
    void saved(const QString &path, int pages);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome;
    void createWidgets();
    void applyPreset(int index);
    void sectionToggled();
    void schedulePreview();
    void updatePreview();
    void savePdf();
    void saveHtml();
    void print();
    void run(const QString &path, const QString &label,
             std::function<BundleResult(const BundleProgress &)> job);
    void finished(const Outcome &outcome);
    [[nodiscard]] BundleBuilder builder() const;
    /// The reference file names are suggested from: anonymised when the bundle is.
    [[nodiscard]] QString shownReference() const;

    CaseId m_case;
    BundleContent m_content;
    Anonymiser m_anonymiser;
    BundleOptions m_options;
    QComboBox *m_preset = nullptr;
    QList<QCheckBox *> m_sections;
    QSpinBox *m_precedentCount = nullptr;
    QCheckBox *m_anonymise = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveHtml = nullptr;
    QPushButton *m_print = nullptr;
    QProgressDialog *m_progress = nullptr;
    BackgroundJobs *m_jobs = nullptr; ///< saving and printing, off the UI thread
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<QPrinter> m_printer;
    bool m_previewPending = false;
};

} // namespace casebench::ui
