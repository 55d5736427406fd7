// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace repository {

class BlogPostLoader;
class BlogPostRepository;
class NewsImageLoader;

//! What a news view reads an account's news through (AccountContext::news()); all null: no account.
struct NewsSources {
    BlogPostRepository *list = nullptr;  //!< the pages of posts and the categories
    BlogPostLoader *articles = nullptr;  //!< one article in full, with its comments
    NewsImageLoader *images = nullptr;   //!< the images inside articles
    QUrl spaceUrl;                       //!< the space's address: what "the space's own" images and links are
};

} // namespace repository
