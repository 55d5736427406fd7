// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AccountRegistry.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using auth::AccountRegistry;

class TestAccountRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addRenameRemoveAndPersist()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QUrl demo(QStringLiteral("http://127.0.0.1:4000"));
        const QUrl real(QStringLiteral("https://coworkfactory.spaces.nexudus.com"));
        QString first;
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountRegistry registry(&settings);
            first = registry.add(demo, QStringLiteral("Member@Demo.test"));
            const QString second = registry.add(real, QStringLiteral("me@example.com"), QStringLiteral("Cowork Factory"));
            QCOMPARE(first, QStringLiteral("member@demo.test@127.0.0.1:4000"));
            QCOMPARE(registry.accounts().size(), 2);
            QCOMPARE(registry.add(demo, QStringLiteral("member@demo.test")), first); // same account, not a second one
            QCOMPARE(registry.accounts().size(), 2);
            QVERIFY(registry.rename(second, QStringLiteral("  Factory  ")));
            QVERIFY(!registry.rename(second, QStringLiteral("   ")));
            QVERIFY(registry.setLanguage(first, QStringLiteral("fr")));
            registry.setLastUsed(second);
        }
        QSettings settings(file, QSettings::IniFormat);
        AccountRegistry registry(&settings);
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.accounts().at(1).displayName, QStringLiteral("Factory"));
        QCOMPARE(registry.find(first)->language, QStringLiteral("fr"));
        QCOMPARE(registry.find(first)->key().prefix(), QStringLiteral("member@demo.test@127.0.0.1:4000"));
        QCOMPARE(registry.lastUsedId(), registry.accounts().at(1).id);
        QVERIFY(registry.remove(registry.lastUsedId()));
        QCOMPARE(registry.lastUsedId(), first);
        QVERIFY(!registry.remove(QStringLiteral("nobody@nowhere")));

        // Nothing secret in the settings file.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll().toLower();
        QVERIFY(!bytes.contains("token"));
        QVERIFY(!bytes.contains("password"));
    }

    void propertyOsKindPersistsWithoutTheKey()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QUrl nexus(QStringLiteral("http://127.0.0.1:18123"));
        QString id;
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountRegistry registry(&settings);
            registry.add(QUrl(QStringLiteral("http://127.0.0.1:4000")), QStringLiteral("member@demo.test"));
            id = registry.add(nexus, auth::AccountInfo::propertyOsUser(), {}, auth::AccountInfo::Kind::PropertyOs);
            QCOMPARE(id, QStringLiteral("property-os@127.0.0.1:18123"));
        }
        QSettings settings(file, QSettings::IniFormat);
        AccountRegistry registry(&settings);
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.accounts().at(0).kind, auth::AccountInfo::Kind::Nexudus);
        QCOMPARE(registry.find(id)->kind, auth::AccountInfo::Kind::PropertyOs);
        QCOMPARE(registry.find(id)->spaceUrl, nexus);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().toLower().contains("key="));
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
