// SPDX-License-Identifier: GPL-3.0-or-later
// The paging core of the self-paging list models, driven by hand: which page it asks for and when,
// answers to an older query dropped, the end after a space that answers the same page whatever is
// asked, the stop after an error and retry(), the offline copy instead of an unreachable space, and
// no fetchMore() from inside a reset.
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/PageFeed.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using models::PageFeed;

namespace {

//! A source whose pages the test answers itself: it records what was asked and hands out a request
//! that stands for the page on its way (never sent).
struct FakeSource {
    struct Asked {
        quint64 generation;
        int page;
        int size;
    };
    QList<Asked> asked;
    QList<quint64> copyReads;
    int rows = 0;
    int resets = 0;
    bool hasCopy = true;
    bool fetchMoreAllowedDuringReset = true; // what canFetchMore() said inside the last reset
    PageFeed *feed = nullptr;
    std::vector<std::unique_ptr<api::ListRequest>> onTheirWay;

    PageFeed::Source source()
    {
        PageFeed::Source s;
        s.available = [] { return true; };
        s.page = [this](quint64 generation, int page, int size) {
            asked.append({generation, page, size});
            onTheirWay.push_back(std::make_unique<api::ListRequest>(QUrl(QStringLiteral("http://space.test/list"))));
            return repository::Pending(onTheirWay.back().get());
        };
        s.copy = [this](quint64 generation) {
            if (!hasCopy)
                return false;
            copyReads.append(generation);
            return true;
        };
        s.reset = [this] {
            ++resets;
            rows = 0;
            fetchMoreAllowedDuringReset = feed->canFetchMore();
        };
        s.rowCount = [this] { return rows; };
        return s;
    }
};

} // namespace

class TestPageFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<PageFeed> m_feed;

    quint64 lastGeneration() const { return m_source->asked.last().generation; }
    //! Answers the last page asked with `fresh` new rows.
    void answer(int fresh, bool more, int total = 100)
    {
        m_source->rows += fresh;
        m_feed->pageArrived(lastGeneration(), fresh, more, total);
    }

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<FakeSource>();
        m_feed = std::make_unique<PageFeed>(repository::datasets::applications, m_source->source());
        m_source->feed = m_feed.get();
        m_feed->setPageSize(20);
    }

    void cleanup()
    {
        m_feed.reset();
        m_source.reset();
    }

    void nothingIsAskedBeforeTheFirstReload()
    {
        QVERIFY(!m_feed->canFetchMore());
        m_feed->fetchMore();
        m_feed->restart(); // a new search before the view was ever opened
        QVERIFY(m_source->asked.isEmpty());
    }

    void pagesOneAfterAnother()
    {
        QSignalSpy loading(m_feed.get(), &PageFeed::loadingChanged);
        QSignalSpy loaded(m_feed.get(), &PageFeed::pageLoaded);
        m_feed->reload();
        QCOMPARE(m_source->asked.size(), 1);
        QCOMPARE(m_source->asked.first().page, 1);
        QCOMPARE(m_source->asked.first().size, 20);
        QVERIFY(m_feed->isLoading());
        QVERIFY(!m_feed->canFetchMore()); // one page at a time
        answer(20, true, 45);
        QVERIFY(!m_feed->isLoading());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 1);
        QCOMPARE(m_feed->totalItems(), 45);
        QCOMPARE(m_feed->pagesLoaded(), 1);
        QVERIFY(m_feed->canFetchMore());
        m_feed->fetchMore();
        QCOMPARE(m_source->asked.last().page, 2);
        answer(20, true);
        m_feed->fetchMore();
        QCOMPARE(m_source->asked.last().page, 3);
        answer(5, false);
        QVERIFY(m_feed->isAtEnd());
        QVERIFY(!m_feed->canFetchMore());
        QCOMPARE(m_source->asked.size(), 3);
        QCOMPARE(loading.size(), 6); // on and off for each page
    }

    void anAnswerToAnOlderQueryIsDropped()
    {
        m_feed->reload();
        const quint64 old = lastGeneration();
        m_feed->restart(); // another search while page 1 of the old one is on its way
        QCOMPARE(m_source->asked.size(), 2);
        QVERIFY(lastGeneration() != old);
        QVERIFY(!m_feed->isCurrent(old));
        QSignalSpy loaded(m_feed.get(), &PageFeed::pageLoaded);
        m_feed->pageArrived(old, 20, true, 999);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_feed->totalItems(), 0);
        QVERIFY(m_feed->isLoading()); // still waiting for the current query's page
        answer(3, false, 3);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(m_feed->totalItems(), 3);
    }

    void aPageWithoutNewRowsIsFollowedByTheNext()
    {
        m_feed->reload();
        answer(0, true); // every row of it was shown already (the featured posts come again)
        QCOMPARE(m_source->asked.size(), 2);
        QCOMPARE(m_source->asked.last().page, 2);
        QVERIFY(m_feed->isLoading());
        answer(7, true);
        QCOMPARE(m_source->asked.size(), 2); // new rows: the view asks for more when it wants them
    }

    void aSpaceThatAlwaysAnswersTheSamePageEnds()
    {
        m_feed->reload();
        answer(10, true);
        m_feed->fetchMore();
        for (int i = 0; i < 50 && !m_feed->isAtEnd(); ++i)
            answer(0, true); // the same ten rows, "more to come", whatever page is asked
        QVERIFY(m_feed->isAtEnd());
        QCOMPARE(m_source->asked.size(), 1 + PageFeed::kMaxPagesWithoutNews);
        QVERIFY(!m_feed->canFetchMore());
    }

    void anErrorStopsPagingUntilRetry()
    {
        QSignalSpy errors(m_feed.get(), &PageFeed::errorOccurred);
        m_feed->reload();
        answer(20, true);
        m_feed->fetchMore();
        m_feed->pageFailed(lastGeneration(), api::ApiError(api::ApiError::Kind::Server, 503));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toInt(), 503);
        QVERIFY(m_feed->hasFailed());
        QVERIFY(!m_feed->canFetchMore()); // a view scrolling on cannot hammer a failing space
        QVERIFY(m_source->copyReads.isEmpty()); // rows are shown: they stay, no copy instead
        m_feed->retry();
        QCOMPARE(m_source->asked.last().page, 2); // the page that failed, again
        QVERIFY(!m_feed->hasFailed());
    }

    void anUnreachableSpaceShowsTheCopy()
    {
        QSignalSpy shown(m_feed.get(), &PageFeed::offlineCopyShown);
        QSignalSpy errors(m_feed.get(), &PageFeed::errorOccurred);
        m_feed->reload();
        m_feed->pageFailed(lastGeneration(), api::ApiError(api::ApiError::Kind::Network));
        QCOMPARE(m_source->copyReads.size(), 1);
        const QDateTime seenAt(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
        QVERIFY(m_feed->acceptCopy(m_source->copyReads.last(), seenAt));
        m_source->rows = 12;
        m_feed->copyShown(12);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toDateTime(), seenAt);
        QVERIFY(errors.isEmpty());
        QVERIFY(m_feed->isOfflineCopy());
        QCOMPARE(m_feed->offlineSince(), seenAt);
        QCOMPARE(m_feed->totalItems(), 12);
        QVERIFY(m_feed->isAtEnd()); // no paging offline
        QVERIFY(!m_feed->hasFailed());

        // Another search while offline reads the copy again at once; the space is not asked.
        const int asked = int(m_source->asked.size());
        m_feed->restart();
        QCOMPARE(m_source->asked.size(), asked);
        QCOMPARE(m_source->copyReads.size(), 2);
        // reload() asks the space again.
        m_feed->reload();
        QCOMPARE(m_source->asked.size(), asked + 1);
        answer(4, false);
        QVERIFY(!m_feed->isOfflineCopy());
    }

    void noCopySaysTheFailure()
    {
        QSignalSpy errors(m_feed.get(), &PageFeed::errorOccurred);
        m_feed->reload();
        m_feed->pageFailed(lastGeneration(), api::ApiError(api::ApiError::Kind::Network));
        QCOMPARE(m_source->copyReads.size(), 1);
        QVERIFY(!m_feed->acceptCopy(m_source->copyReads.last(), QDateTime())); // never read while online
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), api::ApiError(api::ApiError::Kind::Network).message());
        QVERIFY(!m_feed->isOfflineCopy());

        m_source->hasCopy = false; // a list the copy does not hold (a category of the news)
        m_feed->reload();
        m_feed->pageFailed(lastGeneration(), api::ApiError(api::ApiError::Kind::Network));
        QCOMPARE(errors.size(), 2);
    }

    void aCopyReadForAnOlderQueryIsDropped()
    {
        QSignalSpy shown(m_feed.get(), &PageFeed::offlineCopyShown);
        m_feed->reload();
        m_feed->pageFailed(lastGeneration(), api::ApiError(api::ApiError::Kind::Timeout));
        const quint64 read = m_source->copyReads.last();
        m_feed->reload(); // the person asked again meanwhile
        QVERIFY(!m_feed->acceptCopy(read, QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC)));
        QCOMPARE(shown.size(), 0);
    }

    void noFetchMoreFromInsideAReset()
    {
        m_feed->reload();
        answer(20, true);
        QVERIFY(m_feed->canFetchMore());
        m_feed->reload(); // the model resets its rows: a view would call fetchMore() meanwhile
        QVERIFY(!m_source->fetchMoreAllowedDuringReset);
        QCOMPARE(m_source->asked.last().page, 1);
    }

    void stopForgetsTheAccount()
    {
        m_feed->reload();
        answer(20, true);
        m_feed->stop();
        QVERIFY(!m_feed->canFetchMore());
        QCOMPARE(m_source->rows, 0);
        QCOMPARE(m_feed->pagesLoaded(), 0);
        m_feed->startOnDemand(); // a list that starts when a view shows it
        QVERIFY(m_feed->canFetchMore());
        const int asked = int(m_source->asked.size());
        m_feed->fetchMore();
        QCOMPARE(m_source->asked.size(), asked + 1);
        QCOMPARE(m_source->asked.last().page, 1);
    }
};

QTEST_GUILESS_MAIN(TestPageFeed)
#include "tst_pagefeed.moc"
