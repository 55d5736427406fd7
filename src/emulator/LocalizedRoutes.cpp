// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalizedRoutes.h"

#include "PublicViews.h"
#include "ResourcePictures.h"

#include <QRegularExpression>

namespace emulator {

namespace {

struct Translation { const char *en, *es, *fr, *de, *it, *pt; };

const Translation kTypeNames[] = {
    {"Meeting Room", "Sala de reuniones", "Salle de réunion", "Besprechungsraum", "Sala riunioni", "Sala de reuniões"},
    {"Hot Desk", "Puesto flexible", "Poste flexible", "Flexibler Arbeitsplatz", "Postazione flessibile", "Posto flexível"},
    {"Private Office", "Oficina privada", "Bureau privé", "Privatbüro", "Ufficio privato", "Escritório privado"},
    {"Event Space", "Espacio para eventos", "Espace événementiel", "Veranstaltungsraum", "Spazio eventi", "Espaço para eventos"},
    {"Phone Booth", "Cabina telefónica", "Cabine téléphonique", "Telefonkabine", "Cabina telefonica", "Cabine telefónica"},
    {"Day Pass", "Pase de día", "Pass journée", "Tagespass", "Pass giornaliero", "Passe diário"},
    {"Lab", "Laboratorio", "Laboratoire", "Labor", "Laboratorio", "Laboratório"},
    {"Kitchen", "Cocina", "Cuisine", "Küche", "Cucina", "Cozinha"},
    {"Treatment Room", "Sala de tratamiento", "Salle de soins", "Behandlungsraum", "Sala trattamenti", "Sala de tratamento"},
    {"Storage", "Almacenamiento", "Stockage", "Lager", "Deposito", "Armazenamento"},
    {"Equipment", "Equipamiento", "Équipement", "Ausstattung", "Attrezzatura", "Equipamento"},
    {"Terrace", "Terraza", "Terrasse", "Terrasse", "Terrazza", "Terraço"},
    {"Studio", "Estudio", "Studio", "Studio", "Studio", "Estúdio"},
};

// The demo space has translated a few of its posts only: the others stay in English on every route.
const Translation kPostTitles[] = {
    {"Welcome to Portal Desk", "Bienvenido a Portal Desk", "Bienvenue sur Portal Desk", "Willkommen bei Portal Desk",
     "Benvenuti su Portal Desk", "Bem-vindo ao Portal Desk"},
    {"New meeting rooms on floor 3", "Nuevas salas de reuniones en la planta 3", "Nouvelles salles de réunion au 3e étage",
     "Neue Besprechungsräume im 3. Stock", "Nuove sale riunioni al terzo piano", "Novas salas de reuniões no piso 3"},
    {"Summer opening hours", "Horario de verano", "Horaires d'été", "Öffnungszeiten im Sommer", "Orari estivi",
     "Horário de verão"},
    {"Coffee tasting Friday", "Cata de café el viernes", "Dégustation de café vendredi", "Kaffeeverkostung am Freitag",
     "Degustazione di caffè venerdì", "Prova de café na sexta-feira"},
    {"Holiday closures", "Cierres por vacaciones", "Fermetures pendant les fêtes", "Schließtage an Feiertagen",
     "Chiusure festive", "Encerramentos nas férias"},
};
const Translation kSummarySuffix = {" — a short summary for the news list.", " — un breve resumen para la lista de noticias.",
                                    " — un court résumé pour la liste des actualités.",
                                    " — eine kurze Zusammenfassung für die Nachrichtenliste.",
                                    " — un breve riassunto per l'elenco delle notizie.",
                                    " — um breve resumo para a lista de notícias."};

const Translation kWelcome = {"Welcome to our space", "Bienvenido a nuestro espacio", "Bienvenue dans notre espace",
                              "Willkommen in unserem Space", "Benvenuto nel nostro spazio", "Bem-vindo ao nosso espaço"};
const Translation kLanguageNames = {"English", "Español", "Français", "Deutsch", "Italiano", "Português"};

QString pick(const Translation &t, const QString &lang)
{
    const char *s = t.en;
    if (lang == QLatin1String("es")) s = t.es;
    else if (lang == QLatin1String("fr")) s = t.fr;
    else if (lang == QLatin1String("de")) s = t.de;
    else if (lang == QLatin1String("it")) s = t.it;
    else if (lang == QLatin1String("pt")) s = t.pt;
    return QString::fromUtf8(s);
}

// An 8x8 PNG (the blog image placeholder).
const char kPng[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x08\x00\x00\x00\x08"
    "\x08\x02\x00\x00\x00\x4b\x6d\x29\xdc\x00\x00\x00\x11\x49\x44\x41\x54\x78\x9c\x63\xd0\xc8\x5b\x80"
    "\x15\x31\x0c\x2d\x09\x00\x2a\x8a\x4d\x81\xbe\x7d\x29\x21\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42"
    "\x60\x82";

} // namespace

LocalizedRoutes::LocalizedRoutes(DemoData &data) : m_data(data) {}

QStringList LocalizedRoutes::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de"),
            QStringLiteral("it"), QStringLiteral("pt")};
}

bool LocalizedRoutes::looksLocalized(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z]{2}(/.*)?$"));
    return re.match(path).hasMatch();
}

QString LocalizedRoutes::translateTypeName(const QString &name, const QString &lang)
{
    for (const Translation &t : kTypeNames) {
        if (name == QLatin1String(t.en))
            return pick(t, lang);
    }
    return name;
}

void LocalizedRoutes::translatePost(QJsonObject &post, const QString &lang)
{
    const QString title = post.value(QStringLiteral("Title")).toString();
    for (const Translation &t : kPostTitles) {
        if (title != QLatin1String(t.en))
            continue;
        post.insert(QStringLiteral("Title"), pick(t, lang));
        post.insert(QStringLiteral("SummaryText"), QString(pick(t, lang) + pick(kSummarySuffix, lang)));
        return;
    }
}

QJsonObject LocalizedRoutes::languageInfo(const QString &lang)
{
    return {{QStringLiteral("Code"), lang}, {QStringLiteral("Name"), pick(kLanguageNames, lang)}};
}

std::optional<Response> LocalizedRoutes::handle(const Request &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    const QString lang = parts.at(0).toLower();
    if (!languages().contains(lang))
        return std::nullopt;
    if (request.method != "GET") {
        Response r = Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                                 .arg(QString::fromLatin1(request.method)));
        r.setHeader("Allow", "GET");
        return r;
    }
    const QString a = parts.value(1).toLower();
    if (parts.size() == 2 && a == QLatin1String("publicresources"))
        return publicResources(request, lang);
    if (parts.size() == 2 && a == QLatin1String("blog"))
        return blog(request, lang);
    if (parts.size() == 4 && a == QLatin1String("blog") && parts.at(3).toLower() == QLatin1String("json"))
        return blogPost(request, lang, parts.at(2));
    if (parts.size() == 4 && a == QLatin1String("blog") && parts.at(2).toLower() == QLatin1String("getimage"))
        return image();
    // Undocumented portal path, chosen after the blog's (docs/emulator.md "Resource pictures").
    if (parts.size() == 4 && a == QLatin1String("publicresources") && parts.at(2).toLower() == QLatin1String("getimage"))
        return ResourcePictures::picture(m_data, parts.at(3).toLongLong(), true);
    return std::nullopt;
}

Response LocalizedRoutes::page(const Request &request, const QString &lang, const QString &title, const QJsonObject &model)
{
    if (request.wantsJson())
        return Response::ofJson(model);
    const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                        "</head><body><h1>%2</h1><p>%3</p></body></html>")
                             .arg(lang, title.toHtmlEscaped(), model.value(QStringLiteral("Message")).toString().toHtmlEscaped());
    return Response::html(html.toUtf8());
}

Response LocalizedRoutes::publicResources(const Request &request, const QString &lang)
{
    QJsonArray types;
    for (const auto &t : m_data.resourceTypes.rows()) {
        types.append(QJsonObject{{QStringLiteral("Id"), t.Id},
                                 {QStringLiteral("IdString"), QString::number(t.Id)},
                                 {QStringLiteral("UniqueId"), t.UniqueId},
                                 {QStringLiteral("Name"), translateTypeName(t.Name, lang)},
                                 {QStringLiteral("BusinessId"), t.BusinessId},
                                 {QStringLiteral("CreatedOn"), codec::toJson(t.CreatedOn)},
                                 {QStringLiteral("UpdatedOn"), codec::toJson(t.UpdatedOn)},
                                 {QStringLiteral("IsNull"), false}});
    }
    QJsonArray resources;
    for (int row : PublicViews::publishedResourceRows(m_data)) {
        QJsonObject r = PublicViews::resourceDetails(m_data, row);
        r.insert(QStringLiteral("ResourceTypeName"), translateTypeName(r.value(QStringLiteral("ResourceTypeName")).toString(), lang));
        r.insert(QStringLiteral("IsAvailable"), true);
        r.insert(QStringLiteral("AvailableUnits"), r.value(QStringLiteral("Allocation")).isNull() ? 1 : r.value(QStringLiteral("Allocation")).toInt());
        r.insert(QStringLiteral("Message"), QJsonValue());
        r.insert(QStringLiteral("ErrorCode"), QJsonValue());
        resources.append(r);
    }
    const QJsonObject model{
        {QStringLiteral("Language"), languageInfo(lang)},
        {QStringLiteral("Message"), pick(kWelcome, lang)},
        {QStringLiteral("ResourceTypes"), types},
        {QStringLiteral("SelectedResourceType"), QJsonValue()},
        {QStringLiteral("Group"), QJsonValue()},
        {QStringLiteral("AllShifts"), QJsonArray()},
        {QStringLiteral("Resources"), resources},
        {QStringLiteral("NetworkResources"), QJsonArray()},
        {QStringLiteral("CustomFields"), QJsonValue()},
    };
    return page(request, lang, pick(kWelcome, lang), model);
}

Response LocalizedRoutes::blog(const Request &request, const QString &lang)
{
    bool idOk = false;
    const qint64 categoryId = request.param(QStringLiteral("categoryId")).value_or(QString()).toLongLong(&idOk);
    const int pageNo = std::max(1, request.param(QStringLiteral("page")).value_or(QStringLiteral("1")).toInt());
    int size = request.param(QStringLiteral("size")).value_or(request.param(QStringLiteral("top")).value_or(QStringLiteral("12"))).toInt();
    size = size <= 0 ? 12 : std::min(size, 1000);
    QList<const BlogPostRec *> posts;
    for (int row : PublicViews::publishedPostRows(m_data)) {
        const BlogPostRec &p = m_data.blogPosts.at(row);
        if ((!idOk || p.BlogCategories.contains(categoryId)) && !p.OnlyForMembers && !p.OnlyForContacts)
            posts.append(&p);
    }
    std::sort(posts.begin(), posts.end(), [](auto *a, auto *b) { return a->PublishDate > b->PublishDate; });
    QJsonArray list;
    QJsonArray usedCategories;
    QList<qint64> seen;
    for (int i = (pageNo - 1) * size; i < posts.size() && i < pageNo * size; ++i) {
        QJsonObject o = PublicViews::blogPost(m_data, *posts.at(i));
        o.insert(QStringLiteral("Language"), languageInfo(lang));
        translatePost(o, lang);
        list.append(o);
        for (qint64 c : posts.at(i)->BlogCategories) {
            const BlogCategoryRec *cat = m_data.blogCategories.find(c);
            if (cat && !seen.contains(c)) {
                seen.append(c);
                usedCategories.append(PublicViews::blogCategory(*cat));
            }
        }
    }
    const BlogCategoryRec *category = idOk ? m_data.blogCategories.find(categoryId) : nullptr;
    const QJsonObject model{
        {QStringLiteral("Language"), languageInfo(lang)},
        {QStringLiteral("Message"), pick(kWelcome, lang)},
        {QStringLiteral("Top"), size},
        {QStringLiteral("Page"), pageNo},
        {QStringLiteral("Size"), size},
        {QStringLiteral("BlogPosts"), list},
        {QStringLiteral("CategoriesByPosts"), usedCategories},
        {QStringLiteral("Categories"), PublicViews::blogCategories(m_data)},
        {QStringLiteral("Category"), category ? QJsonValue(PublicViews::blogCategory(*category)) : QJsonValue()},
    };
    return page(request, lang, QStringLiteral("Blog"), model);
}

Response LocalizedRoutes::blogPost(const Request &request, const QString &lang, const QString &idText)
{
    bool ok = false;
    const BlogPostRec *post = m_data.blogPosts.find(idText.toLongLong(&ok));
    if (!ok || !post || !PublicViews::isPublished(*post, m_data.now()))
        return Response::notFoundString();
    QJsonObject postJson = PublicViews::blogPost(m_data, *post);
    postJson.insert(QStringLiteral("Language"), languageInfo(lang));
    translatePost(postJson, lang);
    const QJsonArray comments = postJson.value(QStringLiteral("Comments")).toArray();
    QJsonArray related;
    for (const auto &p : m_data.blogPosts.rows()) {
        if (p.Id != post->Id && PublicViews::isPublished(p, m_data.now()) && related.size() < 3
            && !p.BlogCategories.isEmpty() && post->BlogCategories.contains(p.BlogCategories.first()))
            related.append(QJsonObject{{QStringLiteral("Id"), p.Id}, {QStringLiteral("Title"), p.Title}});
    }
    const QJsonObject model{
        {QStringLiteral("Language"), languageInfo(lang)},
        {QStringLiteral("Message"), pick(kWelcome, lang)},
        {QStringLiteral("BlogPost"), postJson},
        {QStringLiteral("Comments"), comments},
        {QStringLiteral("Comment"), QJsonObject{{QStringLiteral("Id"), 0}, {QStringLiteral("Title"), QString()},
                                                {QStringLiteral("Text"), QString()}}},
        {QStringLiteral("RelatedPosts"), related},
        {QStringLiteral("CategoriesByPosts"), postJson.value(QStringLiteral("BlogCategories"))},
        {QStringLiteral("Categories"), PublicViews::blogCategories(m_data)},
    };
    return page(request, lang, post->Title, model);
}

Response LocalizedRoutes::image()
{
    Response r;
    r.body = QByteArray(kPng, sizeof(kPng) - 1);
    r.contentType = "image/png";
    return r;
}

} // namespace emulator
