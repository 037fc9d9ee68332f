// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The DOCX, ODT and QDPX fuzzers hand their input to the XML readers inside a valid package: a
// zip of stored (uncompressed) entries built in memory by tests/common/storedzip.h.

#include "storedzip.h"

#include <QByteArray>

namespace casebench::fuzz {

using test::zipStored;

inline QByteArray numbering()
{
    return "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
           "main\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\">"
           "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

} // namespace casebench::fuzz
