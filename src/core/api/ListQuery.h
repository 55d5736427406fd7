// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListPage.h"
#include "Shape.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <QVariant>

namespace api {

//! Paging, sorting and `{Entity}_{Property}` filters of an admin or portal list call.
class ListQuery
{
public:
    explicit ListQuery(QString entity = {}) : m_entity(std::move(entity)) {}

    ListQuery &page(int page) { m_page = page; return *this; }
    ListQuery &size(int size) { m_size = size; return *this; }
    ListQuery &orderBy(const QString &field, SortDirection dir = SortDirection::Ascending);
    //! `{Entity}_{Property}=value`; `property` may itself be a navigation path like "PostedBy_FullName".
    ListQuery &where(const QString &property, const QVariant &value);
    //! Inclusive range: `from_{Entity}_{Property}` / `to_{Entity}_{Property}`; an invalid bound is left out.
    ListQuery &between(const QString &property, const QVariant &from, const QVariant &to);
    ListQuery &shape(const Shape &shape) { m_shape = shape; return *this; }
    //! Any other parameter (e.g. `featured=true` on the public blog list).
    ListQuery &param(const QString &name, const QString &value);

    int pageNumber() const { return m_page; }
    int pageSize() const { return m_size; }
    QUrlQuery toUrlQuery() const;

    //! Values as the API wants them: bools lowercase, dates `YYYY-MM-DDTHH:mm`.
    static QString formatValue(const QVariant &value);
    //! Escapes the characters that would change the meaning of a query string.
    static QString encodeDelimiters(const QString &value);

private:
    QString m_entity;
    int m_page = 0;
    int m_size = 0;
    QString m_orderField;
    SortDirection m_direction = SortDirection::Ascending;
    QList<QPair<QString, QString>> m_params;
    Shape m_shape;
};

} // namespace api
