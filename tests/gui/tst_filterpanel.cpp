// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterPanel.h"
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace {
domain::Resource room(qint64 id, qint64 location, int capacity, domain::AmenitySet amenities)
{
    domain::Resource r;
    r.id = id;
    r.name = QStringLiteral("Room %1").arg(id);
    r.systemType = domain::SystemResourceType::MeetingRoom;
    r.businessId = location;
    r.businessName = location == 1 ? QStringLiteral("Madrid") : QStringLiteral("Lisboa");
    r.policy.allocation = capacity;
    r.amenities = amenities;
    return r;
}
} // namespace

class TestFilterPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choicesFilterAtOnceAndShowCounts()
    {
        using domain::Amenity;
        models::ResourceListModel source;
        source.setResources({room(1, 1, 6, domain::AmenitySet::of({Amenity::Projector})),
                             room(2, 2, 10, domain::AmenitySet::of({Amenity::Projector, Amenity::VideoConferencing})),
                             room(3, 1, 2, {})});
        models::ResourceFilterProxy proxy;
        proxy.setSourceModel(&source);
        FilterPanel panel;
        panel.setProxy(&proxy);
        panel.setLocations({{1, QStringLiteral("Madrid")}, {2, QStringLiteral("Lisboa")}});
        panel.show();

        auto *amenities = panel.findChild<QListWidget *>(QStringLiteral("amenityList"));
        QListWidgetItem *projector = nullptr;
        for (int i = 0; i < amenities->count(); ++i) {
            if (amenities->item(i)->text().startsWith(domain::amenityLabel(Amenity::Projector)))
                projector = amenities->item(i);
        }
        QVERIFY(projector);
        QVERIFY(projector->text().endsWith(QStringLiteral("(2)"))); // the count beside the choice
        projector->setCheckState(Qt::Checked);
        QCOMPARE(proxy.rowCount(), 2);

        auto *people = panel.findChild<QComboBox *>(QStringLiteral("capacityCombo"));
        people->setCurrentIndex(people->findData(8));
        QCOMPARE(proxy.rowCount(), 1);
        auto *location = panel.findChild<QComboBox *>(QStringLiteral("locationCombo"));
        QVERIFY(location->itemText(location->findData(qint64(2))).contains(QStringLiteral("Lisboa (1)")));

        panel.findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(projector->checkState(), Qt::Unchecked);
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
