// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceWordsRepository.h"

#include "Logging.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "json/JsonRead.h"
#include "api/ListPage.h"
#include "cache/AsyncOfflineStore.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace repository {

namespace {

constexpr qint64 kWordsRecordId = 1;

// Id of a record, or of the object a key holds (`ResourceType: {Id}` at a deeper `_depth`).
qint64 idIn(const QJsonObject &o, QStringView idKey, QStringView objectKey)
{
    if (const qint64 id = json::readInt64(o, idKey); id != 0)
        return id;
    return json::readInt64(o.value(objectKey).toObject(), u"Id");
}

QJsonObject toObject(const QHash<qint64, QString> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QHash<qint64, QString> namesFrom(const QJsonObject &o)
{
    QHash<qint64, QString> names;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok && it.value().isString() && !it.value().toString().isEmpty())
            names.insert(id, it.value().toString());
    }
    return names;
}

} // namespace

SpaceWordsRepository::SpaceWordsRepository(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    if (client)
        connect(client, &api::ApiClient::languageChanged, this, &SpaceWordsRepository::load);
}

SpaceWordsRepository::~SpaceWordsRepository()
{
    abandonRequests();
}

void SpaceWordsRepository::abandonRequests()
{
    for (const QPointer<api::JsonRequest> &request : std::as_const(m_requests)) {
        if (request)
            request->abandon();
    }
    m_requests.clear();
}

void SpaceWordsRepository::load()
{
    if (!m_client)
        return;
    abandonRequests();
    const quint64 generation = ++m_generation;
    const QString language = m_client->language();
    const bool languageChanged = m_words.language != language;
    if (languageChanged) {
        // Words of another language must not stay on screen while the new ones come.
        m_words = domain::SpaceWords();
        m_words.language = language;
        Q_EMIT wordsChanged(m_words);
    }
    m_pending = 2;
    if (m_store && languageChanged) {
        m_store->load(
            offlineDataset(language),
            [](const cache::CachedDataset &data) {
                for (const QJsonObject &record : data.records)
                    return QVariant::fromValue(fromJson(record));
                return QVariant();
            },
            this, [this, generation, language](const QVariant &decoded, const QDateTime &) {
                // Only if nothing fresher has come from the space in the meantime.
                if (generation != m_generation || !decoded.isValid() || !m_words.isEmpty())
                    return;
                m_words = decoded.value<domain::SpaceWords>();
                m_words.language = language;
                Q_EMIT wordsChanged(m_words);
            });
    }
    requestResources(generation);
    requestNewsPage(generation, 1);
}

void SpaceWordsRepository::requestResources(quint64 generation)
{
    api::JsonRequest *request = m_client->json("GET", m_client->localizedUrl(QStringLiteral("publicresources")));
    m_requests.append(request);
    connect(request, &api::JsonRequest::jsonReceived, this, [this, generation](const QJsonDocument &document) {
        if (generation != m_generation)
            return;
        domain::SpaceWords fresh;
        readResourceWords(document.object(), &fresh);
        if (!fresh.hasRoomWords()) {
            qCInfo(lcApp) << "The space's" << m_words.language << "room view has no type names; default words stay";
            partDone(generation, false);
            return;
        }
        m_words.typeNamesByTypeId = fresh.typeNamesByTypeId;
        m_words.typeNamesByRoomId = fresh.typeNamesByRoomId;
        partDone(generation, true);
    });
    connect(request, &api::ApiRequest::failed, this, [this, generation](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        qCInfo(lcApp) << "No localized room words in" << m_words.language << ": HTTP" << error.httpStatus() << int(error.kind());
        partDone(generation, false);
    });
}

void SpaceWordsRepository::requestNewsPage(quint64 generation, int page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("size"), QString::number(newsPageSize));
    api::JsonRequest *request = m_client->json("GET", m_client->localizedUrl(QStringLiteral("blog"), query));
    m_requests.append(request);
    connect(request, &api::JsonRequest::jsonReceived, this, [this, generation, page](const QJsonDocument &document) {
        if (generation != m_generation)
            return;
        const qsizetype before = m_words.posts.size();
        const int held = readNewsWords(document.object(), &m_words);
        const bool grew = m_words.posts.size() > before;
        // A space that ignores page/size answers everything at once: the same posts again end it.
        if (held >= newsPageSize && grew && page < maxNewsPages) {
            if (grew)
                Q_EMIT wordsChanged(m_words);
            requestNewsPage(generation, page + 1);
            return;
        }
        partDone(generation, grew || page > 1);
    });
    connect(request, &api::ApiRequest::failed, this, [this, generation, page](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        qCInfo(lcApp) << "No localized news words in" << m_words.language << "page" << page << ": HTTP" << error.httpStatus() << int(error.kind());
        partDone(generation, page > 1);
    });
}

void SpaceWordsRepository::partDone(quint64 generation, bool changed)
{
    if (generation != m_generation)
        return;
    if (changed) {
        Q_EMIT wordsChanged(m_words);
        save();
    }
    if (--m_pending == 0) {
        m_requests.clear();
        Q_EMIT loadFinished();
    }
}

void SpaceWordsRepository::save()
{
    if (m_store && !m_words.language.isEmpty())
        m_store->upsert(offlineDataset(m_words.language), {{kWordsRecordId, toJson(m_words)}});
}

void SpaceWordsRepository::readResourceWords(const QJsonObject &root, domain::SpaceWords *words)
{
    for (const QJsonValue &value : root.value(u"ResourceTypes").toArray()) {
        const QJsonObject type = value.toObject();
        const qint64 id = json::readInt64(type, u"Id");
        const QString name = json::readString(type, u"Name").trimmed();
        if (id != 0 && !name.isEmpty())
            words->typeNamesByTypeId.insert(id, name);
    }
    api::ListPage rooms;
    if (!api::ListPage::parseAnswer(QJsonDocument(root), QStringLiteral("Resources"), &rooms))
        return;
    for (const QJsonValue &value : std::as_const(rooms.records)) {
        const QJsonObject room = value.toObject();
        const qint64 id = json::readInt64(room, u"Id");
        QString name = json::readString(room, u"ResourceTypeName").trimmed();
        if (name.isEmpty())
            name = json::readString(room.value(u"ResourceType").toObject(), u"Name").trimmed();
        if (name.isEmpty())
            name = words->typeNamesByTypeId.value(idIn(room, u"ResourceTypeId", u"ResourceType"));
        if (id != 0 && !name.isEmpty())
            words->typeNamesByRoomId.insert(id, name);
    }
}

int SpaceWordsRepository::readNewsWords(const QJsonObject &root, domain::SpaceWords *words)
{
    api::ListPage posts;
    if (!api::ListPage::parseAnswer(QJsonDocument(root), QStringLiteral("BlogPosts"), &posts))
        return 0;
    for (const QJsonValue &value : std::as_const(posts.records)) {
        const QJsonObject post = value.toObject();
        const qint64 id = json::readInt64(post, u"Id");
        domain::SpaceWords::PostWords postWords{json::readString(post, u"Title").trimmed(),
                                                json::readString(post, u"SummaryText").trimmed()};
        if (id != 0 && !(postWords.title.isEmpty() && postWords.summary.isEmpty()))
            words->posts.insert(id, postWords);
    }
    return int(posts.records.size());
}

QJsonObject SpaceWordsRepository::toJson(const domain::SpaceWords &words)
{
    QJsonObject posts;
    for (auto it = words.posts.cbegin(); it != words.posts.cend(); ++it)
        posts.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("Title"), it->title},
                                                            {QStringLiteral("SummaryText"), it->summary}});
    return {{QStringLiteral("Id"), kWordsRecordId},
            {QStringLiteral("Language"), words.language},
            {QStringLiteral("TypeNamesByTypeId"), toObject(words.typeNamesByTypeId)},
            {QStringLiteral("TypeNamesByRoomId"), toObject(words.typeNamesByRoomId)},
            {QStringLiteral("Posts"), posts}};
}

domain::SpaceWords SpaceWordsRepository::fromJson(const QJsonObject &json)
{
    domain::SpaceWords words;
    words.language = json::readString(json, u"Language");
    words.typeNamesByTypeId = namesFrom(json.value(u"TypeNamesByTypeId").toObject());
    words.typeNamesByRoomId = namesFrom(json.value(u"TypeNamesByRoomId").toObject());
    const QJsonObject posts = json.value(u"Posts").toObject();
    for (auto it = posts.constBegin(); it != posts.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        const QJsonObject post = it.value().toObject();
        domain::SpaceWords::PostWords postWords{json::readString(post, u"Title"), json::readString(post, u"SummaryText")};
        if (ok && !(postWords.title.isEmpty() && postWords.summary.isEmpty()))
            words.posts.insert(id, postWords);
    }
    return words;
}

} // namespace repository
