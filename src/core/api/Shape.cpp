// SPDX-License-Identifier: GPL-3.0-or-later
#include "Shape.h"

#include "Logging.h"

namespace api {

Shape::Shape(std::initializer_list<QString> paths)
{
    for (const QString &path : paths)
        add(path);
}

bool Shape::isValidPath(const QString &path)
{
    if (path.isEmpty())
        return false;
    const auto segments = QStringView(path).split(u'.');
    for (const QStringView segment : segments) {
        if (segment.isEmpty())
            return false;
        for (const QChar c : segment) {
            if (!(c.isLetterOrNumber() || c == u'_'))
                return false;
        }
    }
    return true;
}

Shape &Shape::add(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (!isValidPath(trimmed)) {
        qCWarning(lcNet) << "Ignoring invalid _shape path" << path;
        return *this;
    }
    if (!m_paths.contains(trimmed))
        m_paths.append(trimmed);
    return *this;
}

Shape &Shape::addUnder(const QString &prefix, const QStringList &fields)
{
    for (const QString &field : fields)
        add(prefix.isEmpty() ? field : prefix + u'.' + field);
    return *this;
}

} // namespace api
