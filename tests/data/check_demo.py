#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shipped content: the default codebook and the demo library's cases.

Usage: python3 tests/data/check_demo.py [--codebook FILE] [--demo FILE] [--samples DIR]

Mirrors the rules the C++ loaders and core/model/validation.cpp apply (JSON shape, enums,
sanction limits per regulator, history rules, quotes found in their text) and adds the
editorial rules for the demo (text length and layout, passage counts, the mix of cases).
If the samples folder exists, also checks that no demo text shares a long run of words or a
registrant's name with the real decisions there. Exits 1 and lists every problem found.
Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CATEGORIES = ["finding", "aggravating", "mitigating", "insight_remediation", "context"]
POLARITIES = ["more_severe", "less_severe", "neutral"]
REGULATORS = ["hcpc", "swe", "nmc", "gmc", "gdc", "goc", "gphc", "gosc", "other"]
HEARING_TYPES = ["final", "review", "interim_order", "restoration"]
FACTS = ["proved", "partly_proved", "not_proved", "not_determined"]
GROUNDS = ["misconduct", "lack_of_competence", "conviction", "health", "other"]
IMPAIRMENT = ["impaired", "not_impaired", "not_determined"]
ROLES = ["precedent", "preparation"]
OUTCOMES = ["imposed", "confirmed", "extended", "varied", "replaced", "revoked"]
SANCTION_TYPES = ["no_further_action", "advice", "warning", "mediation", "caution_order",
                  "conditions_of_practice", "suspension", "striking_off", "voluntary_removal",
                  "interim_conditions", "interim_suspension"]
DOC_KINDS = ["decision", "transcript", "witness_statement", "submission", "testimonial",
             "news_report", "other"]

REQUIRED_KEYS = {
    "finding": ["fact_proved", "fact_not_proved", "misconduct_found", "lack_of_competence_found",
                "impairment_public_protection", "impairment_public_interest"],
    "aggravating": ["dishonesty", "concealment", "abuse_of_trust", "harm_to_service_users",
                    "risk_of_harm", "vulnerable_service_users", "boundary_violation",
                    "breach_of_confidentiality", "record_keeping", "repeated_conduct",
                    "failure_to_engage", "lack_of_insight", "risk_of_repetition",
                    "previous_findings"],
    "mitigating": ["previous_good_history", "testimonials", "workload_pressure",
                   "staffing_shortage", "lack_of_supervision", "personal_circumstances",
                   "early_admission", "isolated_incident", "health_context"],
    "insight_remediation": ["insight", "remorse", "remediation", "training_completed",
                            "reflective_statement", "engagement_with_process"],
    "context": ["organisational_failings", "public_confidence", "employer_action",
                "criminal_proceedings"],
}

# Hue ranges (degrees) per category; context is told apart by low saturation instead.
HUES = {
    "finding": [(195, 245)],
    "aggravating": [(330, 360), (0, 20)],
    "mitigating": [(65, 145)],
    "insight_remediation": [(160, 195)],
}

FACTOR_FIELDS = {"key", "name", "category", "polarity", "description", "colour", "parent",
                 "shortcut"}
CASE_FIELDS = {"reference", "title", "regulator", "profession", "registrant", "hearing_type",
               "hearing_date", "decision_date", "allegation_summary", "facts", "grounds",
               "impairment", "role", "notes", "sanctions", "documents"}
SANCTION_FIELDS = {"outcome", "type", "months", "decided_on", "start_date", "review_hearing",
                   "conditions"}
DOCUMENT_FIELDS = {"kind", "title", "date", "text", "passages"}
PASSAGE_FIELDS = {"factor", "quote", "note", "author"}


class Problems:
    def __init__(self):
        self.items = []

    def __call__(self, where, message):
        self.items.append(f"{where}: {message}")


# ---------------------------------------------------------------- sanction rules

def available(kind, regulator):
    """Mirrors sanctionladder::isAvailable (a panel of that regulator can make the order)."""
    if regulator == "other":
        return True
    if kind in ("no_further_action", "conditions_of_practice", "suspension", "striking_off",
                "interim_conditions", "interim_suspension", "voluntary_removal"):
        return True
    if kind == "advice":
        return regulator in ("swe", "gmc")
    if kind == "warning":
        return regulator in ("swe", "gmc", "gdc", "gphc", "gosc")
    if kind == "mediation":
        return regulator == "hcpc"
    if kind == "caution_order":
        return regulator in ("hcpc", "nmc")
    return False


def duration_rule(kind, regulator):
    """(allowed, required, min, max, allowed_values) as in sanctionladder::durationRule."""
    none = (False, False, 0, 0, None)
    if kind in ("no_further_action", "advice", "mediation", "striking_off", "voluntary_removal"):
        return none
    if kind == "warning":
        if regulator == "swe":
            return (True, True, 12, 60, [12, 36, 60])
        if regulator == "other":
            return (True, False, 1, 120, None)
        return none
    if kind == "caution_order":
        return (True, True, 12, 60, None)
    if kind == "conditions_of_practice":
        return (True, True, 1, 36, None)
    if kind == "suspension":
        if regulator == "swe":
            return (True, True, 1, 36, None)
        if regulator == "other":
            return (True, True, 1, 60, None)
        return (True, True, 1, 12, None)
    if kind in ("interim_conditions", "interim_suspension"):
        return (True, True, 1, 18, None)
    return none


def parse_date(value, where, problems, allow_null=False):
    if value is None:
        if not allow_null:
            problems(where, "a date is required")
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        problems(where, f"{value!r} is not an ISO date (yyyy-mm-dd)")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        problems(where, f"{value!r} is not a real date")
        return None


# ---------------------------------------------------------------- colours

def rgb(colour):
    return tuple(int(colour[i:i + 2], 16) / 255.0 for i in (1, 3, 5))


def luminance(colour):
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def hue_saturation(colour):
    r, g, b = rgb(colour)
    hi, lo = max(r, g, b), min(r, g, b)
    if hi == lo:
        return 0.0, 0.0
    d = hi - lo
    if hi == r:
        h = ((g - b) / d) % 6
    elif hi == g:
        h = (b - r) / d + 2
    else:
        h = (r - g) / d + 4
    light = (hi + lo) / 2
    sat = d / (1 - abs(2 * light - 1))
    return h * 60.0, sat


# ---------------------------------------------------------------- codebook

def check_codebook(path, problems):
    where = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as error:
        problems(where, f"cannot be read as JSON ({error})")
        return {}
    if doc.get("format") != "casebench-codebook" or doc.get("version") != 1:
        problems(where, 'format must be "casebench-codebook", version 1')
    factors = doc.get("factors")
    if not isinstance(factors, list):
        problems(where, '"factors" must be a list')
        return {}
    if not 35 <= len(factors) <= 45:
        problems(where, f"{len(factors)} factors; 35 to 45 expected")

    by_key = {}
    names = set()
    shortcuts = {}
    colours = {}
    for index, f in enumerate(factors):
        at = f"{where}: factor {index + 1} ({f.get('key', '?')})"
        if not isinstance(f, dict):
            problems(at, "is not an object")
            continue
        if set(f) != FACTOR_FIELDS:
            problems(at, f"fields {sorted(set(f) ^ FACTOR_FIELDS)} missing or unexpected")
        key = f.get("key")
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", key):
            problems(at, "key must be lower_snake_case")
            continue
        if key in by_key:
            problems(at, "duplicate key")
        name = f.get("name")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems(at, "name must be non-empty with no surrounding spaces")
        elif name.lower() in names:
            problems(at, f"duplicate name {name!r}")
        else:
            names.add(name.lower())
        category = f.get("category")
        if category not in CATEGORIES:
            problems(at, f"unknown category {category!r}")
        if f.get("polarity") not in POLARITIES:
            problems(at, f"unknown polarity {f.get('polarity')!r}")
        expected_polarity = {"aggravating": "more_severe", "mitigating": "less_severe",
                             "insight_remediation": "less_severe", "context": "neutral"}
        if category in expected_polarity and f.get("polarity") != expected_polarity[category]:
            problems(at, f"an {category} factor should be {expected_polarity[category]}")
        description = f.get("description")
        if not isinstance(description, str) or not description.strip():
            problems(at, "description is empty")
        else:
            sentences = len(re.findall(r"[.!?](?:\s|$)", description.strip()))
            if not 1 <= sentences <= 3 or not description.strip().endswith("."):
                problems(at, f"description should be 1 to 3 full sentences ({sentences} found)")
        colour = f.get("colour")
        if not isinstance(colour, str) or not re.fullmatch(r"#[0-9a-f]{6}", colour):
            problems(at, f"colour {colour!r} must be #rrggbb in lower case")
        else:
            if colour in colours:
                problems(at, f"colour {colour} is also used by {colours[colour]}")
            colours[colour] = key
            lum = luminance(colour)
            black_text = (lum + 0.05) / 0.05
            on_white = 1.05 / (lum + 0.05)
            if black_text < 4.5:
                problems(at, f"colour {colour} is too dark for black text on it "
                             f"(contrast {black_text:.1f}, 4.5 needed)")
            if on_white < 1.4:
                problems(at, f"colour {colour} is too pale to show on white "
                             f"(contrast {on_white:.2f}, 1.4 needed)")
            hue, sat = hue_saturation(colour)
            if category == "context":
                if sat > 0.25:
                    problems(at, f"context colour {colour} should be a grey")
            elif category in HUES:
                if sat < 0.3 or not any(lo <= hue <= hi for lo, hi in HUES[category]):
                    problems(at, f"colour {colour} (hue {hue:.0f}) is outside the {category} palette")
        parent = f.get("parent")
        if parent is not None:
            if parent not in by_key:
                problems(at, f"parent {parent!r} is not a factor listed before it")
            elif by_key[parent]["category"] != category:
                problems(at, f"parent {parent!r} is in another category")
            elif by_key[parent].get("parent") is not None:
                problems(at, "parents are one level deep only")
        shortcut = f.get("shortcut")
        if shortcut is not None:
            if not isinstance(shortcut, str) or not re.fullmatch(r"Alt\+[1-9]", shortcut):
                problems(at, f"shortcut {shortcut!r} must be Alt+1 to Alt+9")
            elif shortcut in shortcuts:
                problems(at, f"shortcut {shortcut} is also used by {shortcuts[shortcut]}")
            else:
                shortcuts[shortcut] = key
        by_key[key] = f

    if sorted(shortcuts) != [f"Alt+{n}" for n in range(1, 10)]:
        problems(where, f"shortcuts Alt+1..Alt+9 should each be used once (found {sorted(shortcuts)})")
    for category, keys in REQUIRED_KEYS.items():
        for key in keys:
            if key not in by_key:
                problems(where, f"required factor {key!r} is missing")
            elif by_key[key]["category"] != category:
                problems(where, f"factor {key!r} should be in category {category}")
    if not any(f.get("parent") for f in by_key.values()):
        problems(where, "no factor has a parent; group a few")
    return by_key


# ---------------------------------------------------------------- demo

def check_sanctions(case, at, problems):
    regulator = case.get("regulator")
    history = case.get("sanctions")
    if not isinstance(history, list):
        problems(at, '"sanctions" must be a list')
        return []
    standing = None
    previous_date = None
    for i, s in enumerate(history):
        sat = f"{at}: sanction {i + 1}"
        if not isinstance(s, dict):
            problems(sat, "is not an object")
            continue
        if set(s) != SANCTION_FIELDS:
            problems(sat, f"fields {sorted(set(s) ^ SANCTION_FIELDS)} missing or unexpected")
        outcome, kind = s.get("outcome"), s.get("type")
        if outcome not in OUTCOMES:
            problems(sat, f"unknown outcome {outcome!r}")
        if kind not in SANCTION_TYPES:
            problems(sat, f"unknown type {kind!r}")
            continue
        if not available(kind, regulator):
            problems(sat, f"{regulator} panels do not make a {kind}")
        months = s.get("months")
        allowed, required, lo, hi, values = duration_rule(kind, regulator)
        if months is not None and (not isinstance(months, int) or isinstance(months, bool)):
            problems(sat, "months must be a whole number or null")
        elif outcome == "revoked":
            if months is not None:
                problems(sat, "a revocation has no duration")
        elif months is None:
            if allowed and required and outcome in ("imposed", "extended", "replaced"):
                problems(sat, f"a {kind} needs a duration ({lo} to {hi} months)")
        elif not allowed:
            problems(sat, f"a {kind} under {regulator} has no duration; months must be null")
        elif values and months not in values:
            problems(sat, f"a {kind} under {regulator} runs for one of {values} months, not {months}")
        elif not lo <= months <= hi:
            problems(sat, f"a {kind} under {regulator} runs {lo} to {hi} months, not {months}")
        decided = parse_date(s.get("decided_on"), f"{sat} decided_on", problems)
        start = parse_date(s.get("start_date"), f"{sat} start_date", problems, allow_null=True)
        if kind == "no_further_action":
            if start is not None:
                problems(sat, "no order runs after no further action; start_date must be null")
        elif start is None:
            problems(sat, "an order that runs needs a start_date")
        if start and decided and start < decided:
            problems(sat, "start_date is before decided_on")
        if decided and previous_date and decided < previous_date:
            problems(sat, "decided_on goes backwards in the history")
        previous_date = decided or previous_date
        if not isinstance(s.get("review_hearing"), bool):
            problems(sat, "review_hearing must be true or false")
        elif s["review_hearing"] and not allowed:
            problems(sat, f"a {kind} under {regulator} is not reviewed at a hearing")
        conditions = s.get("conditions")
        conditions_order = kind in ("conditions_of_practice", "interim_conditions")
        if not isinstance(conditions, str):
            problems(sat, "conditions must be a string")
        elif conditions.strip() and not conditions_order:
            problems(sat, "conditions text belongs only to conditions orders")
        elif conditions_order and outcome != "revoked" and len(conditions.strip()) < 80:
            problems(sat, "a conditions order should state its conditions")
        if i == 0 and outcome != "imposed":
            problems(sat, "the first entry of a history must be imposed")
        if outcome in ("confirmed", "extended", "varied", "revoked"):
            if standing is None:
                problems(sat, f"there is no order in force to be {outcome}")
            elif kind != standing:
                problems(sat, f"an order {outcome} at review keeps its type ({standing})")
        elif outcome == "replaced":
            if standing is None:
                problems(sat, "there is no order in force to be replaced")
            elif kind == standing:
                problems(sat, "a replacement must change the type of order")
        standing = None if outcome == "revoked" else kind
    return history


SANCTION_WORDS = {
    "no_further_action": r"no further action",
    "advice": r"advice",
    "warning": r"warning",
    "mediation": r"mediation",
    "caution_order": r"caution order",
    "conditions_of_practice": r"conditions of practice|conditions order",
    "suspension": r"suspension|suspended",
    "striking_off": r"striking-off|struck off|removal order|erasure|erased",
    "voluntary_removal": r"agreed removal|voluntary removal|voluntary erasure",
    "interim_conditions": r"interim conditions",
    "interim_suspension": r"interim suspension",
}


def check_document(doc, at, factors, problems, case):
    if set(doc) != DOCUMENT_FIELDS:
        problems(at, f"fields {sorted(set(doc) ^ DOCUMENT_FIELDS)} missing or unexpected")
    if doc.get("kind") not in DOC_KINDS:
        problems(at, f"unknown kind {doc.get('kind')!r}")
    if not str(doc.get("title", "")).strip():
        problems(at, "document has no title")
    parse_date(doc.get("date"), f"{at} date", problems)
    text = doc.get("text")
    if not isinstance(text, str):
        problems(at, "text must be a string")
        return []
    if not 2500 <= len(text) <= 5000:
        problems(at, f"text is {len(text)} characters; 2,500 to 5,000 expected")
    if "\r" in text or "\t" in text or text != text.strip():
        problems(at, "text must use \\n line breaks and no surrounding whitespace")
    if "\n\n\n" in text:
        problems(at, "text has more than one blank line in a row")
    numbers = [int(n) for n in re.findall(r"(?m)^(\d+)\. ", text)]
    if numbers != list(range(1, len(numbers) + 1)) or len(numbers) < 10:
        problems(at, f"numbered paragraphs must run 1, 2, 3 … straight through (found {numbers})")
    headings = [line for line in text.split("\n")
                if line and len(line) < 60 and not re.match(r"\d", line)
                and not line.endswith((".", ":", ";", ","))]
    if len(headings) < 5:
        problems(at, f"only {len(headings)} headings; lay the text out like a decision")
    if case.get("role") == "precedent" and doc.get("kind") == "decision":
        for needed in ("Background",):
            if needed not in text.split("\n"):
                problems(at, f"no {needed!r} heading")
        history = case.get("sanctions") or []
        if history:
            last = history[-1].get("type")
            if last in SANCTION_WORDS and not re.search(SANCTION_WORDS[last], text, re.I):
                problems(at, f"the text never states the order ({last}) in words")

    passages = doc.get("passages")
    if not isinstance(passages, list):
        problems(at, '"passages" must be a list')
        return []
    for j, p in enumerate(passages):
        pat = f"{at}: passage {j + 1}"
        if set(p) != PASSAGE_FIELDS:
            problems(pat, f"fields {sorted(set(p) ^ PASSAGE_FIELDS)} missing or unexpected")
        key = p.get("factor")
        if key not in factors:
            problems(pat, f"factor {key!r} is not in the codebook")
        quote = p.get("quote")
        if not isinstance(quote, str) or not quote:
            problems(pat, "quote is empty")
            continue
        if quote != quote.strip():
            problems(pat, "quote has surrounding spaces")
        if not 15 <= len(quote) <= 400:
            problems(pat, f"quote is {len(quote)} characters; a clause to two sentences expected")
        count = text.count(quote)
        if count == 0:
            problems(pat, f"quote not found in the text: {quote[:70]!r}")
        elif count > 1:
            problems(pat, f"quote occurs {count} times; make it unique: {quote[:70]!r}")
        if not str(p.get("note", "")).strip():
            problems(pat, "note is empty")
        if not str(p.get("author", "")).strip():
            problems(pat, "author is empty")
    return passages


def check_demo(path, factors, problems, samples):
    where = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as error:
        problems(where, f"cannot be read as JSON ({error})")
        return []
    if doc.get("format") != "casebench-demo" or doc.get("version") != 1:
        problems(where, 'format must be "casebench-demo", version 1')
    cases = doc.get("cases")
    if not isinstance(cases, list):
        problems(where, '"cases" must be a list')
        return []
    if len(cases) < 14:
        problems(where, f"{len(cases)} cases; at least 14 expected")

    references = set()
    registrants = set()
    for index, case in enumerate(cases):
        at = f"{where}: case {index + 1} ({case.get('reference', '?')})"
        if set(case) != CASE_FIELDS:
            problems(at, f"fields {sorted(set(case) ^ CASE_FIELDS)} missing or unexpected")
        ref = case.get("reference", "")
        regulator = case.get("regulator")
        if regulator not in REGULATORS:
            problems(at, f"unknown regulator {regulator!r}")
        elif not re.fullmatch(rf"DEMO-{regulator.upper()}-\d{{3}}", ref):
            problems(at, f"reference should read DEMO-{regulator.upper()}-nnn")
        if ref in references:
            problems(at, "duplicate reference")
        references.add(ref)
        for field in ("title", "profession", "registrant", "allegation_summary"):
            value = case.get(field)
            if not isinstance(value, str) or not value.strip() or value != value.strip():
                problems(at, f"{field} must be non-empty text")
        if case.get("registrant") in registrants:
            problems(at, "registrant name used twice")
        registrants.add(case.get("registrant"))
        summary = case.get("allegation_summary", "")
        if not 2 <= len(re.findall(r"[.!?](?:\s|$)", summary)) <= 3:
            problems(at, "allegation_summary should be 2 to 3 sentences")
        if not isinstance(case.get("notes"), str):
            problems(at, "notes must be a string")
        for field, values in (("hearing_type", HEARING_TYPES), ("facts", FACTS),
                              ("impairment", IMPAIRMENT), ("role", ROLES)):
            if case.get(field) not in values:
                problems(at, f"{field} {case.get(field)!r} is not one of {values}")
        grounds = case.get("grounds")
        if not isinstance(grounds, list) or any(g not in GROUNDS for g in grounds):
            problems(at, f"grounds must be a list drawn from {GROUNDS}")
        elif len(set(grounds)) != len(grounds) or grounds != sorted(grounds, key=GROUNDS.index):
            problems(at, "grounds must be unique and in the order " + ", ".join(GROUNDS))
        preparing = case.get("role") == "preparation"
        hearing = parse_date(case.get("hearing_date"), f"{at} hearing_date", problems)
        decision = parse_date(case.get("decision_date"), f"{at} decision_date", problems,
                              allow_null=preparing)
        if hearing and decision and decision < hearing:
            problems(at, "decision_date is before hearing_date")
        if not preparing and decision and not 2019 <= decision.year <= 2025:
            problems(at, "precedents are dated 2019 to 2025")
        if case.get("facts") == "not_proved" and case.get("impairment") == "impaired":
            problems(at, "impairment cannot be found when no fact is proved")
        history = check_sanctions(case, at, problems)
        if preparing:
            if history:
                problems(at, "a case in preparation has no sanctions yet")
            if case.get("impairment") != "not_determined":
                problems(at, "a case in preparation has impairment not_determined")
        else:
            if not history:
                problems(at, "a precedent needs its sanction history")
            if history and decision and history[-1].get("decided_on") != case.get("decision_date"):
                problems(at, "the last sanction should be decided on the case's decision_date")
        if case.get("hearing_type") == "interim_order":
            if case.get("facts") != "not_determined" or case.get("impairment") != "not_determined":
                problems(at, "an interim order case has facts and impairment not_determined")
            if any(s.get("type") not in ("interim_conditions", "interim_suspension") for s in history):
                problems(at, "an interim order hearing makes interim orders only")
        if case.get("hearing_type") == "review" and len(history) < 2:
            problems(at, "a review case shows the order it reviews and what the review did")
        if case.get("impairment") == "not_impaired" and any(
                s.get("type") not in ("no_further_action", "advice", "warning") for s in history):
            problems(at, "a registrant found not impaired gets no more than a warning")

        documents = case.get("documents")
        if not isinstance(documents, list) or not documents:
            problems(at, "a case needs at least one document")
            continue
        used = []
        for k, document in enumerate(documents):
            used += check_document(document, f"{at}: document {k + 1}", factors, problems, case)
        keys = [p.get("factor") for p in used]
        if not 4 <= len(used) <= 8:
            problems(at, f"{len(used)} passages; 4 to 8 expected")
        if len(set(keys)) != len(keys):
            problems(at, "each passage of a case should use a different factor")
        categories = {factors[k]["category"] for k in keys if k in factors}
        if len(categories) < 3:
            problems(at, f"passages cover only {sorted(categories)}; use at least three categories")

    check_mix(cases, where, problems)
    if samples and os.path.isdir(samples):
        check_not_copied(cases, where, samples, problems)
    return cases


def final_type(case):
    history = case.get("sanctions") or []
    return history[-1].get("type") if history else None


def check_mix(cases, where, problems):
    def has(description, predicate):
        if not any(predicate(c) for c in cases):
            problems(where, f"the mix needs {description}")

    def types(c):
        return [s.get("type") for s in c.get("sanctions") or []]

    text = lambda c: " ".join(d.get("text", "") for d in c.get("documents") or []).lower()
    has("a workload case ending in a caution order",
        lambda c: final_type(c) == "caution_order" and "caseload" in text(c))
    has("a case-records case ending in conditions of practice",
        lambda c: final_type(c) == "conditions_of_practice" and "misconduct" in c.get("grounds", [])
        and "record" in c.get("title", "").lower())
    has("a boundaries case ending in suspension",
        lambda c: final_type(c) == "suspension" and "boundar" in text(c))
    has("a dishonesty case ending in striking-off",
        lambda c: final_type(c) == "striking_off" and c.get("regulator") != "gmc"
        and "dishonest" in text(c))
    has("a social media case ending in a Social Work England warning",
        lambda c: c.get("regulator") == "swe" and final_type(c) == "warning"
        and "social media" in text(c))
    has("a not-impaired case ending in no further action",
        lambda c: c.get("impairment") == "not_impaired" and final_type(c) == "no_further_action")
    has("a lack-of-competence case with conditions",
        lambda c: "lack_of_competence" in c.get("grounds", [])
        and final_type(c) == "conditions_of_practice")
    has("a health case", lambda c: "health" in c.get("grounds", []))
    has("a drink-driving conviction case",
        lambda c: "conviction" in c.get("grounds", []) and "alcohol" in text(c))
    has("a GMC erasure", lambda c: c.get("regulator") == "gmc" and final_type(c) == "striking_off")
    has("an NMC medication error case",
        lambda c: c.get("regulator") == "nmc" and "medication" in text(c)
        and c.get("hearing_type") == "final")
    has("a review history: suspension imposed, then extended or replaced",
        lambda c: c.get("hearing_type") == "review" and len(types(c)) >= 2
        and types(c)[0] == "suspension" and (c["sanctions"][0].get("months") == 12)
        and any(s.get("outcome") in ("extended", "replaced") for s in c["sanctions"][1:]))
    has("an interim suspension for 18 months",
        lambda c: c.get("hearing_type") == "interim_order" and any(
            s.get("type") == "interim_suspension" and s.get("months") == 18
            for s in c.get("sanctions") or []))
    has("an NMC agreed removal",
        lambda c: c.get("regulator") == "nmc" and final_type(c) == "voluntary_removal")
    preparing = [c for c in cases if c.get("role") == "preparation"]
    if len(preparing) != 1:
        problems(where, f"exactly one case in preparation expected, found {len(preparing)}")
    counts = {}
    for c in cases:
        counts[c.get("regulator")] = counts.get(c.get("regulator"), 0) + 1
    for regulator, least in (("hcpc", 3), ("swe", 3), ("nmc", 3), ("gmc", 2)):
        if counts.get(regulator, 0) < least:
            problems(where, f"at least {least} {regulator} cases expected")
    years = {c.get("decision_date", "")[:4] for c in cases if c.get("decision_date")}
    if not {str(y) for y in range(2019, 2026)} <= years:
        problems(where, f"decisions should span 2019 to 2025 (years found: {sorted(years)})")
    if len({c.get("profession") for c in cases}) < 5:
        problems(where, "spread the professions")
    private = sum("[PRIVATE]" in text(c).upper() for c in cases)
    if not 3 <= private < len(cases):
        problems(where, f"{private} cases have [PRIVATE] redactions; some, not all, should")


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def check_not_copied(cases, where, samples, problems):
    """No run of 12 words and no registrant's surname shared with the real decisions."""
    run = 12
    shingles = set()
    sample_words = set()
    for root, _, files in os.walk(samples):
        for name in files:
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as fh:
                w = words(fh.read())
            sample_words.update(w)
            shingles.update(" ".join(w[i:i + run]) for i in range(len(w) - run + 1))
    for c in cases:
        at = f"{where}: {c.get('reference')}"
        for d in c.get("documents") or []:
            w = words(d.get("text", ""))
            for i in range(len(w) - run + 1):
                if " ".join(w[i:i + run]) in shingles:
                    problems(at, "shares a run of words with a real decision: "
                                 + " ".join(w[i:i + run]))
                    break
        surname = words(c.get("registrant", ""))[-1:]
        if surname and surname[0] in sample_words:
            problems(at, f"the registrant's surname {surname[0]!r} appears in a real decision")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codebook", default=os.path.join(ROOT, "resources/codebook/default.json"))
    parser.add_argument("--demo", default=os.path.join(ROOT, "resources/demo/demo-cases.json"))
    parser.add_argument("--samples", default="/work/shared/samples/decisions")
    args = parser.parse_args()
    problems = Problems()
    factors = check_codebook(args.codebook, problems)
    cases = check_demo(args.demo, factors, problems, args.samples)
    if problems.items:
        print("\n".join(problems.items))
        print(f"{len(problems.items)} problem(s).")
        return 1
    passages = sum(len(d["passages"]) for c in cases for d in c["documents"])
    print(f"OK: {len(factors)} factors, {len(cases)} cases, {passages} passages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
