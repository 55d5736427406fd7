// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "HttpTypes.h"

namespace emulator {

// Localized routes /{lang}/... (docs §1, §5.2, §5.5): the page view model as JSON when the request
// asks for application/json (Accept or Content-Type), otherwise an HTML page. Anonymous.
class LocalizedRoutes
{
public:
    explicit LocalizedRoutes(DemoData &data);

    static bool looksLocalized(const QString &path);    // /xx or /xx/...
    static QStringList languages();                     // en es fr de it pt

    std::optional<Response> handle(const Request &request);

    static QString translateTypeName(const QString &name, const QString &lang);
    // Title and summary of a post the demo space has translated (a few only), in place.
    static void translatePost(QJsonObject &post, const QString &lang);

private:
    Response publicResources(const Request &request, const QString &lang);
    Response blog(const Request &request, const QString &lang);
    Response blogPost(const Request &request, const QString &lang, const QString &idText);
    Response image();
    static Response page(const Request &request, const QString &lang, const QString &title, const QJsonObject &model);
    static QJsonObject languageInfo(const QString &lang);

    DemoData &m_data;
};

} // namespace emulator
