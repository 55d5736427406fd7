// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShapeFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace emulator {

namespace {

struct Node
{
    QMap<QString, std::shared_ptr<Node>> children; // empty = take the whole value
};

std::optional<QJsonValue> shapeValue(const QJsonValue &value, const Node &node)
{
    if (node.children.isEmpty())
        return value;
    if (value.isNull())
        return value; // a requested parent that is null stays null
    if (value.isArray()) {
        const QJsonArray in = value.toArray();
        QJsonArray out;
        bool any = in.isEmpty();
        for (const QJsonValue &element : in) {
            auto shaped = shapeValue(element, node);
            if (shaped) {
                any = true;
                out.append(*shaped);
            } else {
                out.append(QJsonObject());
            }
        }
        if (!any)
            return std::nullopt;
        return out;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = node.children.cbegin(); it != node.children.cend(); ++it) {
        const auto found = in.constFind(it.key());
        if (found == in.constEnd())
            continue;
        if (auto shaped = shapeValue(found.value(), *it.value()))
            out.insert(it.key(), *shaped);
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

QJsonValue ShapeFilter::apply(const QJsonValue &root, const QString &shape)
{
    Node tree;
    bool anyPath = false;
    for (const QString &rawPath : shape.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList segments = rawPath.trimmed().split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (segments.isEmpty())
            continue;
        anyPath = true;
        Node *node = &tree;
        bool alreadyWhole = false;
        for (int i = 0; i < segments.size(); ++i) {
            auto &child = node->children[segments.at(i)];
            const bool created = !child;
            if (created)
                child = std::make_shared<Node>();
            else if (child->children.isEmpty()) {
                alreadyWhole = true; // "A" requested earlier covers "A.B"
                break;
            }
            node = child.get();
            if (i == segments.size() - 1)
                node->children.clear(); // "A.B" then "A" → whole A
        }
        Q_UNUSED(alreadyWhole);
    }
    if (!anyPath)
        return root;
    if (auto shaped = shapeValue(root, tree))
        return *shaped;
    return root.isArray() ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
}

} // namespace emulator
