// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <type_traits>

namespace emulator {

// Base fields every admin entity carries (docs §3.3).
struct BaseRecord
{
    qint64 Id = 0;
    QString UniqueId;
    QDateTime CreatedOn;   // UTC
    QDateTime UpdatedOn;   // UTC
    QString UpdatedBy;
    bool IsNew = false;
    QString SystemId;
};

enum FieldFlag {
    NoFlags = 0,
    Collection = 1,   // long[]; omitted from list projections
    Server = 2,       // managed by the server: ignored on write (Id, CreatedOn, resolved names...)
    Secret = 4,       // never shown on public (portal) routes
    KeepIfOmitted = 8 // a PUT without the property keeps the stored value (secrets clients must not hold)
};

struct FieldError
{
    QString property;
    QJsonValue attempted;
    QString message;
};

// JSON <-> C++ codecs. fromJson returns false when the JSON type does not fit (null always fits).
namespace codec {
QJsonValue toJson(bool v);
QJsonValue toJson(int v);
QJsonValue toJson(qint64 v);
QJsonValue toJson(double v);
QJsonValue toJson(const QString &v);
QJsonValue toJson(const QDateTime &v);
QJsonValue toJson(const QList<qint64> &v);
template<class T> QJsonValue toJson(const std::optional<T> &v) { return v ? toJson(*v) : QJsonValue(); }

bool fromJson(const QJsonValue &j, bool &out);
bool fromJson(const QJsonValue &j, int &out);
bool fromJson(const QJsonValue &j, qint64 &out);
bool fromJson(const QJsonValue &j, double &out);
bool fromJson(const QJsonValue &j, QString &out);
bool fromJson(const QJsonValue &j, QDateTime &out);
bool fromJson(const QJsonValue &j, QList<qint64> &out);
template<class T> bool fromJson(const QJsonValue &j, std::optional<T> &out)
{
    if (j.isNull() || j.isUndefined()) {
        out.reset();
        return true;
    }
    T v{};
    if (!fromJson(j, v))
        return false;
    out = v;
    return true;
}
QDateTime parseDate(const QString &text); // ISO 8601 and YYYY-MM-DDTHH:mm; invalid on failure
QString formatDate(const QDateTime &utc);  // 2025-01-15T10:30:00Z
} // namespace codec

template<class T>
struct FieldDef
{
    QString name;
    int flags = NoFlags;
    std::function<QJsonValue(const T &)> get;
    std::function<bool(T &, const QJsonValue &)> set;
};

template<class T, class C, class M>
FieldDef<T> field(const char *name, M C::*member, int flags = NoFlags)
{
    static_assert(std::is_base_of_v<C, T>);
    return {QString::fromLatin1(name), flags,
            [member](const T &r) { return codec::toJson(r.*member); },
            [member](T &r, const QJsonValue &j) { return codec::fromJson(j, r.*member); }};
}

// Type-erased view of a table, enough for list queries and generic admin routes.
class Table
{
public:
    virtual ~Table() = default;
    virtual QString entityName() const = 0;           // "Resource", "BlogPost", ...
    virtual int fieldCount() const = 0;
    virtual QString fieldName(int field) const = 0;
    virtual int fieldFlags(int field) const = 0;
    virtual int rowCount() const = 0;
    virtual qint64 idAt(int row) const = 0;
    virtual int rowForId(qint64 id) const = 0;        // -1 when unknown
    virtual QJsonValue value(int row, int field) const = 0;
    virtual QJsonObject object(int row, bool withCollections) const = 0;
    // Full replacement of the writable fields from `body`; omitted scalars are cleared. Collections are
    // kept unless X / AddedX / RemovedX is present. Returns type errors.
    virtual QList<FieldError> write(int row, const QJsonObject &body) = 0;
    // Dry run of write() on a blank record: the type errors `body` would cause.
    virtual QList<FieldError> typeErrors(const QJsonObject &body) const = 0;
    virtual int appendBlank() = 0;                    // new row with a fresh Id and UniqueId
    virtual void removeRow(int row) = 0;

    int fieldIndex(QStringView name) const;           // case-insensitive, -1 when unknown
};

template<class T>
class TypedTable : public Table
{
public:
    TypedTable(QString entity, QList<FieldDef<T>> fields, qint64 firstId)
        : m_entity(std::move(entity)), m_fields(std::move(fields)), m_nextId(firstId) {}

    QString entityName() const override { return m_entity; }
    int fieldCount() const override { return int(m_fields.size()); }
    QString fieldName(int f) const override { return m_fields.at(f).name; }
    int fieldFlags(int f) const override { return m_fields.at(f).flags; }
    int rowCount() const override { return int(m_rows.size()); }
    qint64 idAt(int row) const override { return m_rows.at(row).Id; }
    int rowForId(qint64 id) const override { return m_index.value(id, -1); }
    QJsonValue value(int row, int f) const override { return m_fields.at(f).get(m_rows.at(row)); }

    QJsonObject object(int row, bool withCollections) const override
    {
        QJsonObject o;
        const T &r = m_rows.at(row);
        for (const auto &f : m_fields) {
            if (withCollections || !(f.flags & Collection))
                o.insert(f.name, f.get(r));
        }
        return o;
    }

    QList<FieldError> write(int row, const QJsonObject &body) override { return writeInto(m_rows[row], body); }

    QList<FieldError> typeErrors(const QJsonObject &body) const override
    {
        T scratch{};
        return writeInto(scratch, body);
    }

    QList<FieldError> writeInto(T &r, const QJsonObject &body) const
    {
        QList<FieldError> errors;
        for (const auto &f : m_fields) {
            if (f.flags & Server)
                continue;
            if (f.flags & Collection) {
                writeCollection(r, f, body, errors);
                continue;
            }
            const QJsonValue v = lookup(body, f.name);
            if (v.isUndefined() && (f.flags & KeepIfOmitted))
                continue;
            if (!f.set(r, v)) {
                f.set(r, QJsonValue());
                errors.append({f.name, v, QStringLiteral("is not a valid value")});
            }
        }
        return errors;
    }

    int appendBlank() override
    {
        T r{};
        r.Id = m_nextId++;
        m_rows.append(std::move(r));
        m_index.insert(m_rows.last().Id, int(m_rows.size()) - 1);
        return int(m_rows.size()) - 1;
    }

    void removeRow(int row) override
    {
        m_rows.removeAt(row);
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).Id, i);
    }

    // Typed access for the data generator and the routes.
    T &at(int row) { return m_rows[row]; }
    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &rows() const { return m_rows; }
    void reserve(int n) { m_rows.reserve(n); m_index.reserve(n); }
    T &add(T record)
    {
        if (record.Id == 0)
            record.Id = m_nextId;
        m_nextId = std::max(m_nextId, record.Id + 1);
        m_rows.append(std::move(record));
        m_index.insert(m_rows.last().Id, int(m_rows.size()) - 1);
        return m_rows.last();
    }
    const T *find(qint64 id) const
    {
        const int row = rowForId(id);
        return row < 0 ? nullptr : &m_rows.at(row);
    }

private:
    static QJsonValue lookup(const QJsonObject &body, const QString &name)
    {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    static void writeCollection(T &r, const FieldDef<T> &f, const QJsonObject &body, QList<FieldError> &errors)
    {
        QList<qint64> current;
        codec::fromJson(f.get(r), current);
        const QJsonValue whole = lookup(body, f.name);
        const QJsonValue added = lookup(body, QStringLiteral("Added") + f.name);
        const QJsonValue removed = lookup(body, QStringLiteral("Removed") + f.name);
        QList<qint64> list;
        if (!whole.isUndefined() && !whole.isNull()) {
            if (!codec::fromJson(whole, list)) {
                errors.append({f.name, whole, QStringLiteral("is not a valid value")});
                return;
            }
            current = list;
        }
        if (!added.isUndefined() && codec::fromJson(added, list)) {
            for (qint64 id : list) {
                if (!current.contains(id))
                    current.append(id);
            }
        }
        if (!removed.isUndefined() && codec::fromJson(removed, list)) {
            for (qint64 id : list)
                current.removeAll(id);
        }
        QJsonArray arr;
        for (qint64 id : current)
            arr.append(id);
        f.set(r, arr);
    }

    QString m_entity;
    QList<FieldDef<T>> m_fields;
    QList<T> m_rows;
    QHash<qint64, int> m_index;
    qint64 m_nextId;
};

} // namespace emulator
