// SPDX-License-Identifier: GPL-3.0-or-later
// The space's own words in the chosen language (issue "works against a real space", item 5): type
// names and post titles come from the localized routes over the default-language public records,
// fall back to the default words when a space has no such route, and stay offline per language.
#include "../integration/TestSpace.h"
#include "cache/AsyncOfflineStore.h"
#include "models/BlogPostListModel.h"
#include "repository/BlogPostRepository.h"
#include "models/ResourceListModel.h"
#include "repository/FullSync.h"
#include "repository/ResourceRepository.h"
#include "repository/SpaceWordsRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using repository::SpaceWordsRepository;

namespace {

const QString kMeetingRoom = QStringLiteral("Meeting Room");

//! The space's published rooms, as the browser holds them (default-language records).
void loadRooms(api::ApiClient *client, models::ResourceListModel *model)
{
    repository::ResourceRepository rooms(client, nullptr);
    QObject::connect(&rooms, &repository::ResourceRepository::pageReceived, model, &models::ResourceListModel::upsert);
    QSignalSpy refreshed(&rooms, &repository::ResourceRepository::refreshed);
    rooms.load();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(model->rowCount() > 0);
}

//! Loads the words for the client's current language and waits until every view was asked.
void loadWords(SpaceWordsRepository *words)
{
    QSignalSpy finished(words, &SpaceWordsRepository::loadFinished);
    words->load();
    QVERIFY(finished.wait(20000));
}

//! Type names the model shows for the rooms whose record says `recordType`.
QSet<QString> shownTypeNames(const models::ResourceListModel &model, const QString &recordType, int *rooms = nullptr)
{
    QSet<QString> names;
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.resourceAt(row).resourceTypeName != recordType)
            continue;
        ++count;
        names.insert(model.index(row).data(models::ResourceListModel::ResourceTypeNameRole).toString());
    }
    if (rooms)
        *rooms = count;
    return names;
}

int rowOfTitle(const models::BlogPostListModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.postAt(row).title == title)
            return row;
    }
    return -1;
}

} // namespace

class TestSpaceWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frenchTypeNamesOnTheRoomsModel()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setLanguage(QStringLiteral("fr"));
        models::ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadRooms(space.api(), &model);
        int meetingRooms = 0;
        QCOMPARE(shownTypeNames(model, kMeetingRoom, &meetingRooms), QSet<QString>{kMeetingRoom}); // before
        QVERIFY(meetingRooms > 0);

        SpaceWordsRepository words(space.api(), nullptr);
        QObject::connect(&words, &SpaceWordsRepository::wordsChanged, &model, &models::ResourceListModel::setSpaceWords);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        loadWords(&words);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/fr/publicresources")), 1);
        QVERIFY(!changed.isEmpty()); // views repaint the names
        QCOMPARE(shownTypeNames(model, kMeetingRoom), QSet<QString>{QStringLiteral("Salle de réunion")});
        QCOMPARE(shownTypeNames(model, QStringLiteral("Phone Booth")), QSet<QString>{QStringLiteral("Cabine téléphonique")});
        // The detail pane's value and the tooltip say the same; the record itself is untouched.
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.resourceAt(row).resourceTypeName != kMeetingRoom)
                continue;
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(models::ResourceListModel::ResourceRole).value<domain::Resource>().resourceTypeName,
                     QStringLiteral("Salle de réunion"));
            QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Salle de réunion")));
            break;
        }

        // The Language menu: the words are asked again, in German.
        QSignalSpy finished(&words, &SpaceWordsRepository::loadFinished);
        space.api()->setLanguage(QStringLiteral("de"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(words.words().language, QStringLiteral("de"));
        QCOMPARE(shownTypeNames(model, kMeetingRoom), QSet<QString>{QStringLiteral("Besprechungsraum")});
    }

    void defaultWordsWhenTheSpaceHasNoLocalizedView_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("405") << 405;
        QTest::newRow("501") << 501;
        QTest::newRow("HTML instead of JSON") << 0;
    }

    void defaultWordsWhenTheSpaceHasNoLocalizedView()
    {
        QFETCH(int, status);
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setLanguage(QStringLiteral("fr"));
        models::ResourceListModel model;
        loadRooms(space.api(), &model);
        if (status == 0) {
            space.server->htmlNext(1, QStringLiteral("/fr/publicresources"));
            space.server->htmlNext(1, QStringLiteral("/fr/blog"));
        } else {
            space.server->answerAlways(QStringLiteral("/fr/publicresources"), status);
            space.server->answerAlways(QStringLiteral("/fr/blog"), status);
        }
        SpaceWordsRepository words(space.api(), nullptr);
        QObject::connect(&words, &SpaceWordsRepository::wordsChanged, &model, &models::ResourceListModel::setSpaceWords);
        loadWords(&words);
        QVERIFY(words.words().isEmpty());
        QCOMPARE(words.words().language, QStringLiteral("fr"));
        QCOMPARE(shownTypeNames(model, kMeetingRoom), QSet<QString>{kMeetingRoom});
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/fr/publicresources")), 1); // asked once, not hammered
    }

    void frenchPostTitlesWhereTheSpaceHasThem()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setLanguage(QStringLiteral("fr"));
        models::BlogPostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        repository::BlogPostRepository news(space.api());
        model.setRepository(&news);
        model.reload();
        // Every page, as a reader scrolling to the end would ask for them.
        QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore() ? (model.fetchMore(), false) : model.isAtEnd() && !model.isLoading(), 30000);
        const int welcome = rowOfTitle(model, QStringLiteral("Welcome to Portal Desk"));
        const int plants = rowOfTitle(model, QStringLiteral("Plants everywhere!"));
        QVERIFY(welcome >= 0 && plants >= 0);

        SpaceWordsRepository words(space.api(), nullptr);
        QObject::connect(&words, &SpaceWordsRepository::wordsChanged, &model, &models::BlogPostListModel::setSpaceWords);
        loadWords(&words);
        const QModelIndex translated = model.index(welcome);
        QCOMPARE(translated.data(models::BlogPostListModel::TitleRole).toString(), QStringLiteral("Bienvenue sur Portal Desk"));
        QCOMPARE(translated.data(models::BlogPostListModel::SummaryRole).toString(),
                 QStringLiteral("Bienvenue sur Portal Desk — un court résumé pour la liste des actualités."));
        QVERIFY(translated.data(Qt::DisplayRole).toString().contains(QStringLiteral("Bienvenue sur Portal Desk")));
        QCOMPARE(translated.data(models::BlogPostListModel::PostRole).value<domain::BlogPost>().title,
                 QStringLiteral("Bienvenue sur Portal Desk"));
        // Not translated by the space: its default words stay.
        QCOMPARE(model.index(plants).data(models::BlogPostListModel::TitleRole).toString(), QStringLiteral("Plants everywhere!"));
    }

    void theOfflineCopyKeepsTheWordsPerLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        {
            cache::AsyncOfflineStore store(path);
            SpaceWordsRepository words(space.api(), &store);
            space.api()->setLanguage(QStringLiteral("fr"));
            loadWords(&words);
            QVERIFY(words.words().hasRoomWords());
            QSignalSpy finished(&words, &SpaceWordsRepository::loadFinished);
            space.api()->setLanguage(QStringLiteral("de"));
            QVERIFY(finished.wait(20000));
            QVERIFY(words.words().hasRoomWords());
        } // the store writes what is queued before it closes

        space.server.reset(); // no space any more
        cache::AsyncOfflineStore store(path);
        space.api()->setLanguage(QStringLiteral("fr"));
        SpaceWordsRepository words(space.api(), &store);
        QSignalSpy finished(&words, &SpaceWordsRepository::loadFinished);
        words.load();
        QVERIFY(finished.wait(20000));
        QCOMPARE(words.words().language, QStringLiteral("fr"));
        QVERIFY(words.words().typeNamesByTypeId.values().contains(QStringLiteral("Salle de réunion")));
        QCOMPARE(words.words().postTitle(5001, {}), QStringLiteral("Bienvenue sur Portal Desk"));

        space.api()->setLanguage(QStringLiteral("de"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(words.words().postTitle(5001, {}), QStringLiteral("Willkommen bei Portal Desk"));

        space.api()->setLanguage(QStringLiteral("it")); // never read in Italian: default words, no French left
        QVERIFY(finished.wait(20000));
        QCOMPARE(words.words().language, QStringLiteral("it"));
        QVERIFY(words.words().isEmpty());
    }

    void aFullSyncKeepsTheWordsOfTheChosenLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("member.sqlite"));
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setLanguage(QStringLiteral("es"));
        {
            cache::AsyncOfflineStore store(path);
            repository::FullSync sync(space.api(), &store, false);
            QSignalSpy finished(&sync, &repository::FullSync::finished);
            sync.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(space.server->requestCount("GET", QStringLiteral("/es/publicresources")), 1);
        }
        space.server.reset();
        cache::AsyncOfflineStore store(path);
        SpaceWordsRepository words(space.api(), &store);
        loadWords(&words);
        QCOMPARE(words.words().postTitle(5001, {}), QStringLiteral("Bienvenido a Portal Desk"));
        QVERIFY(words.words().typeNamesByTypeId.values().contains(QStringLiteral("Sala de reuniones")));
    }

    void readsEveryPlausibleForm()
    {
        // Rooms carrying their type as a nested object, as an id only, or not at all; the list as
        // an ApiListResult envelope instead of a bare array.
        const QJsonObject root = QJsonDocument::fromJson(R"json({
            "ResourceTypes": [{"Id": 3, "Name": "Salle de réunion"}, {"Id": "4", "Name": "Cabine"}, {"Id": 5, "Name": ""}],
            "Resources": {"Records": [
                {"Id": 10, "ResourceType": {"Id": 3, "Name": "Salle (imbriquée)"}},
                {"Id": 11, "ResourceTypeId": 4},
                {"Id": 12, "ResourceTypeName": "  Bureau  "},
                {"Id": 13},
                "not a record"
            ]}})json").object();
        domain::SpaceWords words;
        SpaceWordsRepository::readResourceWords(root, &words);
        QCOMPARE(words.typeNamesByTypeId.size(), 2);
        QCOMPARE(words.typeName(10, 3, {}), QStringLiteral("Salle (imbriquée)"));
        QCOMPARE(words.typeName(11, 4, {}), QStringLiteral("Cabine"));
        QCOMPARE(words.typeName(12, 0, {}), QStringLiteral("Bureau"));
        QCOMPARE(words.typeName(13, 3, QStringLiteral("Meeting Room")), QStringLiteral("Salle de réunion")); // by its type
        QCOMPARE(words.typeName(14, 9, QStringLiteral("Lab")), QStringLiteral("Lab"));                     // unknown
        QCOMPARE(words.typeName(13, 5, QStringLiteral("Storage")), QStringLiteral("Storage"));             // empty name

        domain::SpaceWords news;
        QCOMPARE(SpaceWordsRepository::readNewsWords(QJsonDocument::fromJson(R"json({"BlogPosts": {"Records": [
                {"Id": 1, "Title": "Un", "SummaryText": "Résumé"}, {"Id": 2, "Title": ""}, {"Id": 3, "SummaryText": "Seul"}],
                "TotalItems": 3}, "Categories": []})json").object(), &news), 3);
        QCOMPARE(news.postTitle(1, {}), QStringLiteral("Un"));
        QCOMPARE(news.postSummary(1, {}), QStringLiteral("Résumé"));
        QVERIFY(!news.posts.contains(2));
        QCOMPARE(news.postTitle(3, QStringLiteral("Three")), QStringLiteral("Three"));
        QCOMPARE(news.postSummary(3, {}), QStringLiteral("Seul"));
        QCOMPARE(SpaceWordsRepository::readNewsWords(QJsonObject{{QStringLiteral("Message"), QStringLiteral("Bonjour")}}, &news), 0);

        // The offline form gives back the same words.
        words.language = QStringLiteral("fr");
        words.posts = news.posts;
        QCOMPARE(SpaceWordsRepository::fromJson(SpaceWordsRepository::toJson(words)), words);
    }
};

QTEST_GUILESS_MAIN(TestSpaceWords)
#include "tst_spacewords.moc"
