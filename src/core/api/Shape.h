// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace api {

//! Builds the `_shape` query value: comma-separated dot paths from the response root.
//! Paths are trimmed, de-duplicated (first occurrence wins) and checked: an empty segment, a space
//! or a comma inside a path is a programming error and the path is dropped (with a warning).
class Shape
{
public:
    Shape() = default;
    Shape(std::initializer_list<QString> paths);

    //! Adds `field` under `prefix` for each field: prefix "Records", fields {"Id","Name"} →
    //! "Records.Id", "Records.Name".
    Shape &add(const QString &path);
    Shape &addUnder(const QString &prefix, const QStringList &fields);

    bool isEmpty() const { return m_paths.isEmpty(); }
    QStringList paths() const { return m_paths; }
    QString toQueryValue() const { return m_paths.join(u','); }

    static bool isValidPath(const QString &path);

private:
    QStringList m_paths;
};

} // namespace api
