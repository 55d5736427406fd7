// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace emulator {

// `_shape`: comma-separated dot paths from the response root. A segment that reaches an array applies
// the rest of the path to every element; parents are kept only with requested children; unknown paths
// are dropped silently. Property names match exactly (case-sensitive).
class ShapeFilter
{
public:
    static QJsonValue apply(const QJsonValue &root, const QString &shape);
};

} // namespace emulator
