// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>

#include <cstdio>

namespace casebench::cli {

/// `text` without the characters that would let a document, a JSON file or a project steer the
/// user's terminal: C0 controls other than newline and tab (escape, carriage return, bell,
/// backspace…), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates that
/// reorder what is shown. With `keepEmphasis` the tool's own bold on/off sequences stay.
[[nodiscard]] QString terminalSafe(QStringView text, bool keepEmphasis);

/// JSON text with the characters terminalSafe() would remove written as \uXXXX escapes instead
/// (JSON itself escapes only those below U+0020), so that scripts still get the exact text.
[[nodiscard]] QString jsonEscaped(const QString &json);

/// A write-only device over stdout or stderr that passes everything through terminalSafe():
/// whatever the commands print, names and titles from untrusted files included, reaches the
/// terminal as plain text.
class TerminalSafeDevice : public QIODevice
{
public:
    TerminalSafeDevice(FILE *stream, bool keepEmphasis);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_keepEmphasis;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace casebench::cli
