// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

//! RFC 4180 text: fields with a comma, a quote, CR or LF are quoted and their quotes doubled;
//! records end with CRLF; text is UTF-8, and a file starts with a BOM so spreadsheet apps read
//! non-ASCII names right.
namespace csv {

QByteArray bom();
QString field(const QString &value);
//! One record, CRLF-terminated, as UTF-8.
QByteArray record(const QStringList &fields);

} // namespace csv
