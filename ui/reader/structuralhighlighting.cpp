// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuralhighlighting.h"

#include <QPlainTextEdit>

#ifdef CASEBENCH_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace casebench::ui {

void attachStructuralHighlighting(QPlainTextEdit *view)
{
#ifdef CASEBENCH_HAVE_KSYNTAXHIGHLIGHTING
    using namespace KSyntaxHighlighting;
    // One repository for the application: loading definitions is not free.
    static Repository *repository = [] {
        auto *r = new Repository;
        // Looks for syntax/*.xml under this path: the definition compiled in as a resource.
        r->addCustomSearchPath(u":/casebench"_s);
        return r;
    }();
    const Definition definition = repository->definitionForName(u"Casebench Decision"_s);
    if (!definition.isValid())
        return;
    auto *highlighter = new SyntaxHighlighter(view->document());
    const bool dark = view->palette().color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(
        repository->defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme));
    highlighter->setDefinition(definition);
#else
    Q_UNUSED(view)
#endif
}

} // namespace casebench::ui
