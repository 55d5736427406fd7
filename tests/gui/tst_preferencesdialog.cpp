// SPDX-License-Identifier: GPL-3.0-or-later
// File › Preferences: how old the rooms' offline copy may be before a start asks the space again.
#include "Preferences.h"
#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void okSavesTheChoiceCancelDoesNot()
    {
        QCOMPARE(preferences::roomsRefreshMinutes(), 15); // the default
        {
            PreferencesDialog dialog;
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("roomsRefreshSpin"));
            QVERIFY(spin);
            QCOMPARE(spin->value(), 15);
            spin->setValue(0);
            QCOMPARE(spin->text(), QStringLiteral("Every start"));
            spin->setValue(60);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        }
        QCOMPARE(preferences::roomsRefreshMinutes(), 15);
        {
            PreferencesDialog dialog;
            dialog.findChild<QSpinBox *>(QStringLiteral("roomsRefreshSpin"))->setValue(60);
            if (qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
                dialog.grab().save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/preferences.png"));
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        QCOMPARE(preferences::roomsRefreshMinutes(), 60);
        QCOMPARE(preferences::roomsFreshFor(), std::chrono::seconds(3600));
        PreferencesDialog reopened;
        QCOMPARE(reopened.findChild<QSpinBox *>(QStringLiteral("roomsRefreshSpin"))->value(), 60);
    }

    void aDamagedValueMeansTheDefault()
    {
        QSettings().setValue(QStringLiteral("rooms/refreshOnStartAfterMinutes"), QStringLiteral("soon"));
        QCOMPARE(preferences::roomsRefreshMinutes(), 15);
        QSettings().setValue(QStringLiteral("rooms/refreshOnStartAfterMinutes"), -5);
        QCOMPARE(preferences::roomsRefreshMinutes(), 15);
        preferences::setRoomsRefreshMinutes(1'000'000); // bounded to a week
        QCOMPARE(preferences::roomsRefreshMinutes(), preferences::maxRoomsRefreshMinutes);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
