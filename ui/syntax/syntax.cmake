# SPDX-License-Identifier: GPL-3.0-or-later
# The decision syntax definition for KSyntaxHighlighting, compiled in as
# :/casebench/syntax/casebench-decision.xml (the reader loads it when KF6SyntaxHighlighting is
# present). Checked by the KDE engine in tests/syntax.
qt_add_resources(casebench_ui casebench_ui_syntax
    PREFIX /casebench
    BASE ${PROJECT_SOURCE_DIR}/resources
    FILES ${PROJECT_SOURCE_DIR}/resources/syntax/casebench-decision.xml)
