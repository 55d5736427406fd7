// SPDX-License-Identifier: GPL-3.0-or-later
// The card view of the rooms offscreen (issue #4): cards over the table's model, the current card
// driving the details signal, Ctrl+B and double-click booking, the Cards / List toggle kept in
// QSettings, placeholders per kind of room, and pictures asked for only for visible cards.
#include "../integration/TestSpace.h"
#include "MainWindow.h"
#include "ResourceCardDelegate.h"
#include "ResourceCardView.h"
#include "ResourceViewStack.h"
#include "domain/Resource.h"
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"
#include "models/RoleColumnsProxy.h"
#include "repository/ResourcePictureLoader.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using Model = models::ResourceListModel;

namespace {

//! The window wired to the same model chain as AppController::openWindow.
struct RoomsWindow {
    Model resources;
    models::ResourceFilterProxy filter;
    models::RoleColumnsProxy columns;
    MainWindow window;

    RoomsWindow()
    {
        filter.setSourceModel(&resources);
        columns.setColumns({{QStringLiteral("Name"), Qt::DisplayRole, Model::NameRole},
                            {QStringLiteral("Type"), Model::ResourceTypeNameRole},
                            {QStringLiteral("Location"), Model::BusinessNameRole}});
        columns.setSourceModel(&filter);
        window.setResourceModel(&columns);
    }
    ResourceViewStack *stack() const { return window.resourceViews(); }
    ResourceCardView *cards() const { return stack()->cardView(); }
    QTreeView *table() const { return window.findChild<QTreeView *>(QStringLiteral("resourceView")); }
};

QList<domain::Resource> syntheticRooms(int count)
{
    QList<domain::Resource> rooms;
    rooms.reserve(count);
    const domain::SystemResourceType types[] = {domain::SystemResourceType::MeetingRoom, domain::SystemResourceType::HotDesk,
                                                domain::SystemResourceType::PhoneBooth, domain::SystemResourceType::PrivateOffice,
                                                domain::SystemResourceType::EventSpace};
    for (int i = 1; i <= count; ++i) {
        domain::Resource r;
        r.id = i;
        r.name = QStringLiteral("Room %1").arg(i);
        r.systemType = types[i % 5];
        r.resourceTypeName = domain::displayName(r.systemType);
        r.businessName = QStringLiteral("Madrid");
        r.groupName = QStringLiteral("Floor %1").arg(i % 4);
        r.policy.allocation = 2 + i % 10;
        r.policy.requiresConfirmation = i % 3 == 0;
        rooms.append(r);
    }
    return rooms;
}

QImage placeholderImage(domain::SystemResourceType type)
{
    QImage image(120, 80, QImage::Format_RGB32);
    QPainter painter(&image);
    ResourceCardDelegate::paintPlaceholder(&painter, image.rect(), type, QApplication::palette());
    return image;
}

} // namespace

class TestResourceCards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PortalDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_resourcecards"));
    }
    void init() { QSettings().remove(QLatin1String(ResourceViewStack::settingsKey)); }

    void toggleSwitchesViewsAndIsRemembered()
    {
        {
            RoomsWindow w;
            w.resources.setResources(syntheticRooms(20));
            w.window.show();
            QVERIFY(!w.stack()->showsCards()); // the list is the default
            QAction *toggle = w.stack()->cardsAction();
            QVERIFY(w.window.findChild<QMenu *>(QStringLiteral("roomsMenu"))->actions().contains(toggle));
            QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
            toggle->trigger();
            QVERIFY(w.stack()->showsCards());
            QVERIFY(w.cards()->isVisible());
            QVERIFY(!w.table()->isVisible());
            QCOMPARE(QSettings().value(QLatin1String(ResourceViewStack::settingsKey)).toString(), QStringLiteral("cards"));
        }
        {
            RoomsWindow w; // the next run opens on the cards
            QVERIFY(w.stack()->showsCards());
            QVERIFY(w.stack()->cardsAction()->isChecked());
            w.stack()->cardsAction()->trigger();
            QVERIFY(!w.stack()->showsCards());
            QCOMPARE(QSettings().value(QLatin1String(ResourceViewStack::settingsKey)).toString(), QStringLiteral("list"));
        }
    }

    void currentCardDrivesDetailsAndBooking()
    {
        RoomsWindow w;
        w.resources.setResources(syntheticRooms(30));
        w.stack()->showCards(true);
        w.window.resize(1000, 700);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ResourceCardView *cards = w.cards();
        QCOMPARE(cards->model()->rowCount(), 30);
        QCOMPARE(cards->viewMode(), QListView::IconMode);
        QVERIFY(cards->uniformItemSizes());
        QVERIFY(!cards->accessibleName().isEmpty());
        QVERIFY(!cards->accessibleDescription().isEmpty());

        QSignalSpy current(&w.window, &MainWindow::currentResourceChanged);
        QSignalSpy book(&w.window, &MainWindow::bookRequested);
        w.window.selectFirstResourceIfNone();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.last().first().toLongLong(), 1);
        cards->setFocus();
        QTest::keyClick(cards, Qt::Key_Right);
        QCOMPARE(current.last().first().toLongLong(), 2);
        // Same selection as the table: switching views keeps the room.
        QCOMPARE(w.table()->currentIndex().row(), 1);
        QTest::keyClick(cards, Qt::Key_Return);
        QCOMPARE(book.size(), 0); // Enter shows the room's details, as in the table; it does not book
        QTest::keyClick(cards, Qt::Key_B, Qt::ControlModifier);
        QTRY_COMPARE(book.size(), 1);
        QCOMPARE(book.last().first().toLongLong(), 2);

        const QModelIndex fifth = cards->model()->index(4, 0);
        const QRect rect = cards->visualRect(fifth);
        QVERIFY(cards->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(current.last().first().toLongLong(), 5);
        QTest::mouseDClick(cards->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(book.last().first().toLongLong(), 5);

        // Several cards per row, and the card says "needs approval" in words.
        QVERIFY(cards->visualRect(cards->model()->index(1, 0)).top() == cards->visualRect(cards->model()->index(0, 0)).top());
        const QString spoken = ResourceCardDelegate::accessibleText(cards->model()->index(2, 0)); // Room 3: i % 3 == 0
        QVERIFY2(spoken.contains(QStringLiteral("Room 3")) && spoken.contains(QStringLiteral("Needs approval")), qPrintable(spoken));
        QVERIFY(!ResourceCardDelegate::accessibleText(cards->model()->index(0, 0)).contains(QStringLiteral("approval")));
        QVERIFY(ResourceCardDelegate::typeAndLocationText(cards->model()->index(0, 0)).contains(QStringLiteral("Madrid, Floor 1")));

        w.stack()->showCards(false);
        QCOMPARE(w.table()->currentIndex().row(), 4);
        if (qEnvironmentVariableIsSet("PORTAL_CARDS_SCREENSHOT")) {
            w.stack()->showCards(true);
            w.window.grab().save(qEnvironmentVariable("PORTAL_CARDS_SCREENSHOT"));
        }
    }

    void placeholdersDifferPerKindOfRoom()
    {
        const QList<domain::SystemResourceType> kinds{domain::SystemResourceType::MeetingRoom, domain::SystemResourceType::HotDesk,
                                                      domain::SystemResourceType::PhoneBooth, domain::SystemResourceType::PrivateOffice,
                                                      domain::SystemResourceType::EventSpace};
        QList<QImage> images;
        for (auto kind : kinds)
            images.append(placeholderImage(kind));
        for (int a = 0; a < images.size(); ++a)
            for (int b = a + 1; b < images.size(); ++b)
                QVERIFY2(images.at(a) != images.at(b), "each kind of room has its own drawing");
    }

    void tenThousandRoomsStayFast()
    {
        RoomsWindow w;
        w.stack()->showCards(true);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QElapsedTimer timer;
        timer.start();
        w.resources.setResources(syntheticRooms(10000));
        QCoreApplication::processEvents();
        w.cards()->scrollToBottom();
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(w.cards()->model()->rowCount(), 10000);
    }

    void picturesOnlyForVisibleCards()
    {
        emulator::EmulatorConfig config;
        config.throttleEnabled = false;
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        api::JsonRequest *list = space.api()->json("GET", space.api()->localizedUrl(QStringLiteral("publicresources")));
        QSignalSpy received(list, &api::JsonRequest::jsonReceived);
        QVERIFY(received.wait(10000));
        QList<domain::Resource> rooms;
        for (const QJsonValue &value :
             received.first().first().value<QJsonDocument>().object().value(QStringLiteral("Resources")).toArray())
            rooms.append(domain::Resource::fromJson(value.toObject()));
        const auto withPicture = std::count_if(rooms.cbegin(), rooms.cend(), [](const auto &r) { return r.hasImage; });
        QVERIFY(withPicture >= 20);

        QTemporaryDir cacheDir;
        repository::ResourcePictureLoader loader;
        loader.setDiskCacheDirectory(cacheDir.path());
        loader.setApiClient(space.api());
        RoomsWindow w;
        w.cards()->setPictureLoader(&loader);
        w.resources.setResources(rooms);
        w.stack()->showCards(true);
        w.window.resize(900, 600);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        space.server->resetCounters();
        QSignalSpy ready(&loader, &repository::ResourcePictureLoader::pictureReady);
        w.cards()->viewport()->repaint();
        // Pictures leave the client 100 ms apart: wait until none is queued there either.
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > 0 && loader.pendingCount() == 0 && space.api()->queuedCount() == 0, 10000);
        QTest::qWait(300);

        int visibleWithPicture = 0;
        const QRect viewport = w.cards()->viewport()->rect();
        for (int row = 0; row < w.cards()->model()->rowCount(); ++row) {
            const QModelIndex index = w.cards()->model()->index(row, 0);
            if (w.cards()->visualRect(index).intersects(viewport)
                && index.data(Model::ResourceRole).value<domain::Resource>().hasImage)
                ++visibleWithPicture;
        }
        const int hits = space.server->requestCount("GET", QStringLiteral("/en/publicresources/getimage"));
        QVERIFY2(hits > 0 && hits <= visibleWithPicture, qPrintable(QStringLiteral("%1 of %2").arg(hits).arg(visibleWithPicture)));
        QVERIFY(hits < withPicture);
        QCOMPARE(ready.size(), hits);
        // Repainting does not ask again: the pictures are in memory.
        w.cards()->viewport()->repaint();
        QTest::qWait(200);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/en/publicresources/getimage")), hits);
        if (qEnvironmentVariableIsSet("PORTAL_CARDS_SCREENSHOT"))
            w.window.grab().save(qEnvironmentVariable("PORTAL_CARDS_SCREENSHOT") + QStringLiteral(".pictures.png"));
    }
};

QTEST_MAIN(TestResourceCards)
#include "tst_resourcecards.moc"
