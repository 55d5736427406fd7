// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientAndStore.h"
#include "domain/SpaceWords.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace api {
class JsonRequest;
class ApiError;
}

namespace repository {

//! The space's own words in the language the person chose (issue "the space's own words"). The
//! public records carry the default language only, so this reads the two localized views that
//! hold words people read: `/{lang}/publicresources` (type names: `ResourceTypes[]`, and each room's
//! `ResourceTypeName` in `Resources[]`) and `/{lang}/blog` (post titles and summaries, paged).
//! A space without them (404, 405, 501, HTML instead of JSON, fields missing) leaves the default
//! words in place. The offline copy keeps one "words-{lang}" dataset per language, shown first.
//! Follows ApiClient::languageChanged by itself.
class SpaceWordsRepository : public QObject
{
    Q_OBJECT
public:
    //! Blog pages asked for (100 posts each) before the remaining posts keep their default words.
    static constexpr int maxNewsPages = 10;
    static constexpr int newsPageSize = 100;

    //! `store` may be null (nothing kept offline).
    SpaceWordsRepository(api::ApiClient *client, cache::AsyncOfflineStore *store, QObject *parent = nullptr);
    ~SpaceWordsRepository() override;

    static QString offlineDataset(const QString &language) { return QStringLiteral("words-") + language; }

    //! The offline copy for the client's language first, then the space.
    void load();
    const domain::SpaceWords &words() const { return m_words; }
    bool isLoading() const { return m_pending > 0; }

    //! The words inside a `/{lang}/publicresources` view model (types and rooms; the rest is ignored).
    static void readResourceWords(const QJsonObject &root, domain::SpaceWords *words);
    //! The posts of one `/{lang}/blog` page into `words`; returns how many posts the page held.
    static int readNewsWords(const QJsonObject &root, domain::SpaceWords *words);
    //! The offline form: one record holding every word of the language, and back.
    static QJsonObject toJson(const domain::SpaceWords &words);
    static domain::SpaceWords fromJson(const QJsonObject &json);

Q_SIGNALS:
    //! The words changed (offline copy read, an answer came, the language changed).
    void wordsChanged(const domain::SpaceWords &words);
    //! Every localized view was asked (answered or not).
    void loadFinished();

private:
    void requestResources(quint64 generation);
    void requestNewsPage(quint64 generation, int page);
    void partDone(quint64 generation, bool changed);
    void save();
    void abandonRequests();

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    domain::SpaceWords m_words;
    QList<QPointer<api::JsonRequest>> m_requests;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace repository
