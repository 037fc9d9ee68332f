#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Casebench's decision syntax definition through KDE's own engine (kate-syntax-highlighter)
on a sample decision and checks the format each kind of text gets.

Usage: check_syntax.py HIGHLIGHTER DEFINITION SAMPLE

Two views of the same highlighting are checked:
- the format trace (--syntax-trace format, ANSI output) names the itemData of every span, so each
  expected snippet must carry exactly its format name;
- the HTML output must give every kind a style of its own, different from normal text, so the
  kinds stay apart on screen.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

LANGUAGE = "Casebench Decision"

# (snippet as it appears in the sample, expected format). A snippet must be covered by one span.
EXPECTED = [
    ("Allegation", "Stage Heading"),
    ("Background", "Stage Heading"),
    ("Decision and reasons on impairment", "Stage Heading"),
    ("Decision on sanction", "Stage Heading"),
    ("Order", "Stage Heading"),
    ("1.", "Paragraph Number"),
    ("3.1", "Paragraph Number"),
    ("10.", "Paragraph Number"),
    ("1(a)", "Particular"),
    ("(b)", "Particular"),
    ("ii.", "Particular"),
    ("caution order", "Sanction"),
    ("conditions of practice order", "Sanction"),
    ("suspension order", "Sanction"),
    ("striking-off order", "Sanction"),
    ("no further action", "Sanction"),
    ("misconduct", "Legal Test"),
    ("fitness to practise", "Legal Test"),
    ("impaired", "Legal Test"),
    ("insight", "Legal Test"),
    ("remediation", "Legal Test"),
    ("dishonest", "Legal Test"),
    ("public interest", "Legal Test"),
    ("3 February 2023", "Date"),
    ("14/02/2023", "Date"),
    ("12 March 2018", "Date"),
    ('"she was always careful with the paperwork"', "Quoted Evidence"),
    ("“I know now that I should have asked ", "Quoted Evidence"),
    ("[PRIVATE]", "Redaction"),
    ("[redacted]", "Redaction"),
    ("The panel considered a", "Normal Text"),
    ("Whilst registered as a Paramedic", "Normal Text"),
]
INLINE = [("1(b)", "Particular", "particular 1(b)")]

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
MARKERS = re.compile(r"^[ |]*\|[ |]*$")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(highlighter, data_home, sample, *options):
    env = dict(os.environ, XDG_DATA_HOME=data_home, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([highlighter, "-s", LANGUAGE, *options, sample], env=env,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        fail(f"{highlighter} exited with {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def parse_trace(output, known):
    """[(source line, [(column, format name), ...]), ...] from the ANSI format trace."""
    rows = [ANSI.sub("", row) for row in output.split("\n")]
    lines = []
    i = 0
    while i < len(rows):
        source = rows[i]
        i += 1
        spans = []
        while i + 1 < len(rows) and MARKERS.match(rows[i]):
            markers, names = rows[i], rows[i + 1]
            i += 2
            for column, char in enumerate(markers):
                if char != "|" or column >= len(names) or names[column] in " |":
                    continue
                if column > 0 and names[column - 1] not in " |":
                    continue  # inside a longer name: this marker is named on a later row
                # Names hold spaces and may abut ("Legal Test Normal Text"): take the longest
                # format name of the definition that starts here.
                name = max((n for n in known if names.startswith(n, column)), key=len, default=None)
                if name is not None:  # else inside a longer name: named on a later row
                    spans.append((column, name))
        spans.sort()
        lines.append((source, spans))
    return lines


def format_at(spans, column):
    current = None
    for start, name in spans:
        if start <= column:
            current = name
    return current


def check_trace(lines):
    problems = []
    checks = [(s, e, None) for s, e in EXPECTED if e] + INLINE
    for snippet, expected, context in checks:
        found = False
        for source, spans in lines:
            anchor = source.find(context if context else snippet)
            if anchor < 0:
                continue
            if context:
                anchor += context.find(snippet)
            found = True
            kinds = {format_at(spans, c) for c in range(anchor, anchor + len(snippet))}
            if kinds != {expected}:
                problems.append(f"“{snippet}” got {sorted(k or '?' for k in kinds)}, expected {expected}")
            break
        if not found:
            problems.append(f"“{snippet}” is not in the sample")
    return problems


def parse_html(output):
    """{text: style} of every styled span of the HTML output."""
    styles = {}
    for style, text in re.findall(r'<span style="([^"]*)">(.*?)</span>', output, re.S):
        styles.setdefault(html.unescape(text), style)
    return styles


def check_html(output):
    styles = parse_html(output)
    by_kind = {}
    problems = []
    for snippet, expected in EXPECTED:
        if not expected or expected == "Normal Text":
            continue
        style = next((st for text, st in styles.items() if snippet in text), None)
        if style is None:
            problems.append(f"HTML: no styled span holds “{snippet}”")
            continue
        by_kind.setdefault(expected, set()).add(style)
    for kind, kind_styles in by_kind.items():
        if len(kind_styles) != 1:
            problems.append(f"HTML: {kind} is drawn in {len(kind_styles)} styles: {sorted(kind_styles)}")
    seen = {}
    for kind, kind_styles in by_kind.items():
        for style in kind_styles:
            if style in seen:
                problems.append(f"HTML: {kind} and {seen[style]} share the style {style}")
            seen[style] = kind
    return problems


def main():
    if len(sys.argv) != 4:
        fail("usage: check_syntax.py HIGHLIGHTER DEFINITION SAMPLE")
    highlighter, definition, sample = sys.argv[1:]
    if not highlighter or highlighter.endswith("NOTFOUND") or not shutil.which(highlighter):
        fail("kate-syntax-highlighter was not found; install Debian's libkf5syntaxhighlighting-tools "
             "(the syntax definition must be checked by the KDE engine)")
    with tempfile.TemporaryDirectory() as data_home:
        target = os.path.join(data_home, "org.kde.syntax-highlighting", "syntax")
        os.makedirs(target)
        shutil.copy(definition, target)
        listed = subprocess.run([highlighter, "--list"], env=dict(os.environ, XDG_DATA_HOME=data_home),
                                capture_output=True, text=True, timeout=60).stdout
        if LANGUAGE not in listed:
            fail(f"the KDE engine did not load {definition} (not in --list); is the XML valid?")
        trace = run(highlighter, data_home, sample, "-f", "ansi", "--syntax-trace", "format")
        html_out = run(highlighter, data_home, sample, "-f", "html")
    with open(definition, encoding="utf-8") as f:
        known = re.findall(r'<itemData name="([^"]+)"', f.read())
    problems = check_trace(parse_trace(trace, known)) + check_html(html_out)
    for problem in problems:
        print(f"FAIL: {problem}")
    checked = len([e for _, e in EXPECTED if e]) + len(INLINE)
    if problems:
        sys.exit(1)
    print(f"PASS: {checked} snippets got their formats from the KDE engine; {LANGUAGE} kinds stay apart in HTML")


if __name__ == "__main__":
    main()
