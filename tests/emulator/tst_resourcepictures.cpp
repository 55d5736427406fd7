// SPDX-License-Identifier: GPL-3.0-or-later
// The resource picture routes of the emulator over loopback, with a plain QNetworkAccessManager.
#include "Emulator.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace emulator;

class TestResourcePictures : public QObject
{
    Q_OBJECT

    std::unique_ptr<Emulator> m_emu;
    QNetworkAccessManager m_nam;
    QList<qint64> m_withPicture, m_withoutPicture;

    struct Reply {
        int status = 0;
        QByteArray body, contentType;
    };
    Reply get(const QString &path, const QByteArray &token = {}, const QByteArray &accept = "image/*")
    {
        QUrl url = m_emu->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
        reply->deleteLater();
        return r;
    }
    QByteArray signIn(const QByteArray &user)
    {
        QUrl url = m_emu->baseUrl();
        url.setPath(QStringLiteral("/api/token"));
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.post(request, "grant_type=password&username=" + user + "&password=demo");
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        m_emu = std::make_unique<Emulator>(config);
        QVERIFY(m_emu->listen());
        // The portal listing says which resources have a picture.
        const Reply list = get(QStringLiteral("/en/publicresources"), {}, "application/json");
        QCOMPARE(list.status, 200);
        const QJsonArray resources = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("Resources")).toArray();
        QVERIFY(resources.size() > 10);
        for (const QJsonValue &value : resources) {
            const QJsonObject r = value.toObject();
            (r.value(QStringLiteral("HasImage")).toBool() ? m_withPicture : m_withoutPicture)
                .append(r.value(QStringLiteral("Id")).toInteger());
        }
        QVERIFY(m_withPicture.size() >= 2);
        QVERIFY(!m_withoutPicture.isEmpty());
    }

    void portalRouteServesAPngPerResource()
    {
        const Reply first = get(QStringLiteral("/en/publicresources/getimage/%1").arg(m_withPicture.at(0)));
        const Reply second = get(QStringLiteral("/fr/publicresources/getImage/%1").arg(m_withPicture.at(1)));
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(first.contentType, QByteArray("image/png"));
        QImage a, b;
        QVERIFY(a.loadFromData(first.body, "PNG"));
        QVERIFY(b.loadFromData(second.body, "PNG"));
        QVERIFY(!a.isNull() && a.width() > 16 && a.height() > 16);
        QVERIFY2(a != b, "every resource has its own picture");
        // The same resource always gets the same picture.
        QCOMPARE(get(QStringLiteral("/en/publicresources/getimage/%1").arg(m_withPicture.at(0))).body, first.body);
    }

    void noPictureOrUnknownIsNotFound()
    {
        QCOMPARE(get(QStringLiteral("/en/publicresources/getimage/%1").arg(m_withoutPicture.at(0))).status, 404);
        QCOMPARE(get(QStringLiteral("/en/publicresources/getimage/999999999")).status, 404);
        QCOMPARE(get(QStringLiteral("/en/publicresources/getimage/notanumber")).status, 404);
    }

    void adminRouteNeedsStaff()
    {
        const QString path = QStringLiteral("/api/spaces/resources/getpicture/%1").arg(m_withPicture.at(0));
        QCOMPARE(get(path).status, 401);
        QCOMPARE(get(path, signIn("member%40demo.test")).status, 403);
        const QByteArray admin = signIn("admin%40demo.test");
        const Reply picture = get(path, admin);
        QCOMPARE(picture.status, 200);
        QImage image;
        QVERIFY(image.loadFromData(picture.body, "PNG"));
        QCOMPARE(picture.body, get(QStringLiteral("/en/publicresources/getimage/%1").arg(m_withPicture.at(0))).body);
        QCOMPARE(get(QStringLiteral("/api/spaces/resources/getpicture/%1").arg(m_withoutPicture.at(0)), admin).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestResourcePictures)
#include "tst_resourcepictures.moc"
