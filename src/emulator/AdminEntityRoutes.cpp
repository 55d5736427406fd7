// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminEntityRoutes.h"

#include "ListQuery.h"

#include <QJsonDocument>

namespace emulator {

namespace {

QJsonValue bodyValue(const QJsonObject &body, const QString &name)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isMissing(const QString &name, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (name.endsWith(QLatin1String("Id")) && v.isDouble())
        return v.toDouble() == 0;
    return false;
}

std::optional<QJsonObject> parseBody(const Request &request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

AdminEntityRoutes::AdminEntityRoutes(DemoData &data) : m_data(data)
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    m_entities = {
        {QStringLiteral("spaces/resources"), &data.resources, list({"BusinessId", "Name", "ResourceTypeId"}), QStringLiteral("Resource")},
        {QStringLiteral("spaces/resourcetypes"), &data.resourceTypes, list({"BusinessId", "Name"}), QStringLiteral("Resource type")},
        {QStringLiteral("content/blogposts"), &data.blogPosts, list({"BusinessId", "Title"}), QStringLiteral("Blog post")},
        {QStringLiteral("content/blogcategories"), &data.blogCategories, list({"BusinessId", "Title"}), QStringLiteral("Blog category")},
        {QStringLiteral("content/blogpostcomments"), &data.blogPostComments, list({"BusinessId", "BlogPostId", "Title", "Text"}), QStringLiteral("Blog post comment")},
        {QStringLiteral("apps/applications"), &data.applications, list({"DeveloperId", "Name", "ShortDescription", "InstallUrl"}), QStringLiteral("Application")},
    };
}

std::optional<Response> AdminEntityRoutes::handle(const Request &request, const Account &account)
{
    // /api/{module}/{entities}[/{id}]
    const QStringList parts = request.path.mid(5).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const QString path = parts.at(0) + QLatin1Char('/') + parts.at(1);
    const Entity *entity = nullptr;
    for (const Entity &e : m_entities) {
        if (e.path.compare(path, Qt::CaseInsensitive) == 0)
            entity = &e;
    }
    if (!entity)
        return std::nullopt;
    const QByteArray &m = request.method;
    if (parts.size() == 2) {
        if (m == "GET")
            return list(request, *entity);
        if (m == "POST")
            return create(request, account, *entity);
        if (m == "PUT")
            return update(request, account, *entity);
    } else {
        if (m == "GET")
            return get(*entity, parts.at(2));
        if (m == "DELETE")
            return remove(account, *entity, parts.at(2));
    }
    Response r = Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                             .arg(QString::fromLatin1(m)));
    r.setHeader("Allow", parts.size() == 2 ? "GET, POST, PUT" : "GET, DELETE");
    return r;
}

Response AdminEntityRoutes::list(const Request &request, const Entity &e)
{
    const ListQuery::Result result = ListQuery::run(request, *e.table, std::nullopt);
    QJsonArray records;
    for (int row : result.rows)
        records.append(e.table->object(row, false));
    return Response::ofJson(result.envelope(records));
}

Response AdminEntityRoutes::get(const Entity &e, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const int row = ok ? e.table->rowForId(id) : -1;
    if (row < 0)
        return Response::notFoundString();
    return Response::ofJson(e.table->object(row, true));
}

QList<FieldError> AdminEntityRoutes::validate(const Entity &e, const QJsonObject &body) const
{
    QList<FieldError> errors;
    for (const QString &name : e.required) {
        const QJsonValue v = bodyValue(body, name);
        if (isMissing(name, v))
            errors.append({name, v.isUndefined() ? QJsonValue() : v, QStringLiteral("is a required field")});
    }
    errors += e.table->typeErrors(body);
    // References must point at existing records.
    auto checkRef = [&](const QString &name, bool exists) {
        const QJsonValue v = bodyValue(body, name);
        if (!isMissing(name, v) && v.isDouble() && !exists)
            errors.append({name, v, QStringLiteral("does not reference an existing record")});
    };
    const auto idOf = [&](const char *name) { return qint64(bodyValue(body, QString::fromLatin1(name)).toDouble()); };
    if (e.required.contains(QLatin1String("BusinessId")))
        checkRef(QStringLiteral("BusinessId"), m_data.business(idOf("BusinessId")) != nullptr);
    if (e.table == &m_data.resources)
        checkRef(QStringLiteral("ResourceTypeId"), m_data.resourceTypes.find(idOf("ResourceTypeId")) != nullptr);
    if (e.table == &m_data.blogPostComments)
        checkRef(QStringLiteral("BlogPostId"), m_data.blogPosts.find(idOf("BlogPostId")) != nullptr);
    return errors;
}

Response AdminEntityRoutes::create(const Request &request, const Account &account, const Entity &e)
{
    const auto body = parseBody(request);
    if (!body)
        return Response::message(400, QStringLiteral("The request is invalid."));
    const QList<FieldError> errors = validate(e, *body);
    if (!errors.isEmpty())
        return failure(errors, account);
    const int row = e.table->appendBlank();
    e.table->write(row, *body);
    const QDateTime now = m_data.now();
    const qint64 id = e.table->idAt(row);
    // Server-managed base fields.
    auto stamp = [&](auto &table) {
        auto &r = table.at(row);
        r.UniqueId = m_data.newGuid();
        r.CreatedOn = now;
        r.UpdatedOn = now;
        r.UpdatedBy = account.email;
        r.IsNew = true;
    };
    if (e.table == &m_data.resources) stamp(m_data.resources);
    else if (e.table == &m_data.resourceTypes) stamp(m_data.resourceTypes);
    else if (e.table == &m_data.blogPosts) stamp(m_data.blogPosts);
    else if (e.table == &m_data.blogCategories) stamp(m_data.blogCategories);
    else if (e.table == &m_data.blogPostComments) stamp(m_data.blogPostComments);
    else if (e.table == &m_data.applications) stamp(m_data.applications);
    m_data.resolveNames(e.table->entityName(), row);
    return envelope(200, e.label + QStringLiteral(" was successfully created."), QJsonObject{{QStringLiteral("Id"), id}},
                    account);
}

Response AdminEntityRoutes::update(const Request &request, const Account &account, const Entity &e)
{
    const auto body = parseBody(request);
    if (!body)
        return Response::message(400, QStringLiteral("The request is invalid."));
    const QJsonValue idValue = bodyValue(*body, QStringLiteral("Id"));
    if (isMissing(QStringLiteral("Id"), idValue))
        return failure({{QStringLiteral("Id"), QJsonValue(), QStringLiteral("is a required field")}}, account);
    const int row = e.table->rowForId(qint64(idValue.toDouble()));
    if (row < 0)
        return Response::notFoundString();
    const QList<FieldError> errors = validate(e, *body);
    if (!errors.isEmpty())
        return failure(errors, account);
    e.table->write(row, *body); // full replacement: omitted scalars are cleared
    const QDateTime now = m_data.now();
    auto stamp = [&](auto &table) {
        auto &r = table.at(row);
        r.UpdatedOn = now;
        r.UpdatedBy = account.email;
        r.IsNew = false;
    };
    if (e.table == &m_data.resources) stamp(m_data.resources);
    else if (e.table == &m_data.resourceTypes) stamp(m_data.resourceTypes);
    else if (e.table == &m_data.blogPosts) stamp(m_data.blogPosts);
    else if (e.table == &m_data.blogCategories) stamp(m_data.blogCategories);
    else if (e.table == &m_data.blogPostComments) stamp(m_data.blogPostComments);
    else if (e.table == &m_data.applications) stamp(m_data.applications);
    m_data.resolveNames(e.table->entityName(), row);
    return envelope(200, e.label + QStringLiteral(" was successfully updated."),
                    QJsonObject{{QStringLiteral("Id"), e.table->idAt(row)}}, account);
}

Response AdminEntityRoutes::remove(const Account &account, const Entity &e, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const int row = ok ? e.table->rowForId(id) : -1;
    if (row < 0)
        return Response::notFoundString();
    e.table->removeRow(row);
    return envelope(200, QStringLiteral("The record was deleted successfully."), QJsonValue(), account);
}

Response AdminEntityRoutes::envelope(int status, const QString &message, const QJsonValue &value, const Account &account) const
{
    return Response::ofJson(QJsonObject{
        {QStringLiteral("Status"), status},
        {QStringLiteral("Message"), message},
        {QStringLiteral("Value"), value},
        {QStringLiteral("OpenInDialog"), false},
        {QStringLiteral("OpenInWindow"), false},
        {QStringLiteral("RedirectURL"), QJsonValue()},
        {QStringLiteral("JavaScript"), QJsonValue()},
        {QStringLiteral("UpdatedOn"), codec::formatDate(m_data.now())},
        {QStringLiteral("UpdatedBy"), account.email},
        {QStringLiteral("Errors"), QJsonValue()},
        {QStringLiteral("WasSuccessful"), true},
    });
}

Response AdminEntityRoutes::failure(const QList<FieldError> &errors, const Account &account) const
{
    QJsonArray list;
    QStringList messages;
    for (const FieldError &e : errors) {
        list.append(QJsonObject{{QStringLiteral("AttemptedValue"), e.attempted.isUndefined() ? QJsonValue() : e.attempted},
                                {QStringLiteral("Message"), e.message},
                                {QStringLiteral("PropertyName"), e.property}});
        messages << e.property + QStringLiteral(": ") + e.message;
    }
    Response r = envelope(500, messages.join(QStringLiteral(", ")), QJsonValue(), account);
    QJsonObject o = r.json->toObject();
    o.insert(QStringLiteral("Errors"), list);
    o.insert(QStringLiteral("WasSuccessful"), false);
    o.insert(QStringLiteral("UpdatedOn"), QJsonValue());
    o.insert(QStringLiteral("UpdatedBy"), QJsonValue());
    r.json = o;
    r.status = 400;
    return r;
}

} // namespace emulator
