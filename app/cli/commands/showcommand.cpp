// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "export/casejson.h"
#include "model/validation.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString withTextOption = u"with-text"_s;
const QString fieldIndent = QString(16, u' ');
constexpr qsizetype textWidth = 78;
constexpr qsizetype quoteWidth = 72;

/// Everything `show` says about one case, read in one go.
struct CaseView
{
    Case caseRecord;
    SanctionHistory history;
    QList<Document> documents; ///< with text: the length is the text's
    QHash<DocumentId, QList<Passage>> passages;
    QHash<FactorId, Factor> factors;
    ValidationIssues issues;
};

CaseView loadCase(Library &library, const QString &reference, const QString &libraryPath)
{
    const auto found = library.cases().findByReference(reference);
    if (!found)
        throw inputError(
            Tr::tr("No case with reference “%1” in %2.").arg(reference, shownPath(libraryPath)));
    CaseView view;
    view.caseRecord = *found;
    view.history = library.sanctions().history(found->id);
    view.documents = library.documents().forCase(found->id, true);
    for (const Document &document : std::as_const(view.documents))
        view.passages.insert(document.id, library.passages().forDocument(document.id));
    for (const Factor &factor : library.codebook().all())
        view.factors.insert(factor.id, factor);
    view.issues = validation::validateCase(view.caseRecord)
                  + validation::validateHistory(view.history.entries(), view.caseRecord.regulator);
    return view;
}

QJsonObject toJson(const CaseView &view, bool withText)
{
    QJsonArray sanctions;
    for (const Sanction &s : view.history.entries())
        sanctions.append(casejson::toJson(s));
    const auto current = view.history.current();
    QJsonArray documents;
    QJsonArray passages;
    for (const Document &document : view.documents) {
        documents.append(casejson::toJson(document, withText));
        for (const Passage &p : view.passages.value(document.id)) {
            QJsonObject o = casejson::toJson(p);
            o.insert(u"factor_key"_s, view.factors.value(p.factor).key);
            passages.append(o);
        }
    }
    QJsonArray issues;
    for (const ValidationIssue &issue : view.issues)
        issues.append(casejson::toJson(issue));
    return QJsonObject{
        {u"case"_s, casejson::toJson(view.caseRecord)},
        {u"sanctions"_s, sanctions},
        {u"current_sanction"_s, current ? QJsonValue(casejson::toJson(*current)) : QJsonValue()},
        {u"documents"_s, documents},
        {u"passages"_s, passages},
        {u"validation"_s, issues},
    };
}

QString field(const QString &label, const QString &value)
{
    return u"  "_s + QString(label + u':').leftJustified(14)
           + wrapped(value, textWidth - 16, fieldIndent) + u'\n';
}

QString caseText(const CliContext &context, const Case &c)
{
    QStringList grounds;
    for (StatutoryGround ground : c.grounds)
        grounds.append(enumLabel(ground));
    QString hearing = enumLabel(c.hearingType);
    if (c.hearingDate.isValid())
        hearing += u", "_s + dateText(c.hearingDate);
    return context.heading(c.reference + u" — "_s + c.title) + u"\n\n"_s
           + field(Tr::tr("Regulator"), enumLabel(c.regulator))
           + field(Tr::tr("Profession"), c.profession) + field(Tr::tr("Registrant"), c.registrant)
           + field(Tr::tr("Hearing"), hearing) + field(Tr::tr("Decided"), dateText(c.decisionDate))
           + field(Tr::tr("Facts"), enumLabel(c.factsFinding))
           + field(Tr::tr("Grounds"), grounds.join(u", "_s))
           + field(Tr::tr("Impairment"), enumLabel(c.impairment))
           + field(Tr::tr("Role"), enumLabel(c.role))
           + field(Tr::tr("Allegation"), c.allegationSummary) + field(Tr::tr("Notes"), c.notes);
}

/// Where the order the history ends with stands today.
QString currentOrderStatus(const SanctionHistory &history, const Sanction &current)
{
    const QDate today = QDate::currentDate();
    if (history.inForceOn(today))
        return Tr::tr("← current order, in force");
    if (current.startDate.isValid() && current.startDate > today)
        return Tr::tr("← current order, in force from %1").arg(dateText(current.startDate));
    if (const auto expiry = current.expiryDate())
        return Tr::tr("← current order, expired %1").arg(dateText(*expiry));
    return Tr::tr("← current order");
}

QString sanctionsText(const CliContext &context, const CaseView &view)
{
    if (view.history.isEmpty())
        return context.heading(Tr::tr("Sanction history:")) + u' ' + Tr::tr("none recorded.")
               + u'\n';
    const auto current = view.history.current();
    TextTable table({QString(), u"#"_s, Tr::tr("DECIDED"), Tr::tr("OUTCOME"), Tr::tr("ORDER"),
                     Tr::tr("STARTS"), Tr::tr("ENDS"), QString()});
    for (const Sanction &s : view.history.entries()) {
        const bool isCurrent = current && current->id == s.id && current->sequence == s.sequence;
        const auto expiry = s.expiryDate();
        table.addRow({isCurrent ? u"*"_s : QString(), QString::number(s.sequence),
                      dateText(s.decidedOn), enumLabel(s.outcome),
                      orderText(s, view.caseRecord.regulator), dateText(s.startDate),
                      expiry ? dateText(*expiry) : u"-"_s,
                      isCurrent ? currentOrderStatus(view.history, *current) : QString()});
    }
    return context.heading(Tr::tr("Sanction history:")) + u'\n' + indented(table.render(), u"  "_s);
}

QString passagesText(const CaseView &view, const QList<Passage> &passages)
{
    TextTable table({Tr::tr("FACTOR"), Tr::tr("QUOTE")});
    table.setHeaderVisible(false);
    for (const Passage &p : passages) {
        const Factor factor = view.factors.value(p.factor);
        table.addRow({factor.name.isEmpty() ? Tr::tr("(unknown factor)") : factor.name,
                      u"“"_s + shorten(p.quote, quoteWidth) + u"”"_s});
    }
    return table.render();
}

QString documentsText(const CliContext &context, const CaseView &view)
{
    if (view.documents.isEmpty())
        return context.heading(Tr::tr("Documents:")) + u' ' + Tr::tr("none.") + u'\n';
    QString text = context.heading(Tr::tr("Documents:")) + u'\n';
    for (const Document &d : view.documents) {
        QStringList facts{enumLabel(d.kind)};
        if (d.date.isValid())
            facts.append(dateText(d.date));
        facts.append(Tr::tr("%1 characters").arg(d.text.size()));
        text += u"  "_s + d.title + u" ("_s + facts.join(u", "_s) + u")\n"_s;
        const QList<Passage> passages = view.passages.value(d.id);
        if (passages.isEmpty())
            text += u"    "_s + Tr::tr("No tagged passages.") + u'\n';
        else
            text += indented(passagesText(view, passages), u"    "_s);
    }
    return text;
}

QString validationText(const CliContext &context, const ValidationIssues &issues)
{
    if (issues.isEmpty())
        return context.heading(Tr::tr("Validation:")) + u' ' + Tr::tr("no problems found.") + u'\n';
    QString text = context.heading(Tr::tr("Validation:")) + u'\n';
    for (const ValidationIssue &issue : issues) {
        const QString severity = issue.severity == ValidationIssue::Severity::Error
                                     ? Tr::tr("error")
                                     : Tr::tr("warning");
        text += u"  "_s + severity + u" ("_s + issue.field + u"): "_s + issue.message + u'\n';
    }
    return text;
}

} // namespace

QList<QCommandLineOption> showOptions()
{
    return {QCommandLineOption(withTextOption,
                               Tr::tr("With --json, include each document's full text."))};
}

ExitCode runShow(CliContext &context, const CommandInput &input)
{
    const auto library = context.openLibrary();
    const CaseView view = loadCase(*library, input.arguments.constFirst(), context.libraryPath);
    if (context.json) {
        context.writeJson(toJson(view, input.options.isSet(withTextOption)));
    } else {
        context.out << caseText(context, view.caseRecord) << u'\n' << sanctionsText(context, view)
                    << u'\n' << documentsText(context, view) << u'\n'
                    << validationText(context, view.issues);
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
