// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QList>
#include <QRandomGenerator>

namespace emulator {

struct Delivery;

// Deterministic (*Next) and random (rates) faults. Failures replace the answer before the request is
// processed; malformed / HTML / dropped answers happen after processing (the side effects stay).
class FaultInjector
{
public:
    enum class Kind { Fail, Malform, Html, Drop, Cut };

    explicit FaultInjector(quint32 seed);

    void setRates(double errorRate, double malformedRate, double dropRate, double htmlRate = 0, double cutRate = 0);
    void schedule(Kind kind, int count, const QString &pathPrefix, int status = 503);

    // Before processing: the status to fail with, if any.
    std::optional<int> takeFailure(const QString &path);
    // After processing: which (if any) post-processing fault applies.
    std::optional<Kind> takeAfter(const QString &path);

    //! After processing: applies the post-processing fault, if any, to `delivery`.
    void applyAfter(const QString &path, Delivery &delivery);

    static Response failure(int status);
    static void malform(Response &response);   // 200 + truncated JSON
    static void htmlify(Response &response);   // 200 + text/html

private:
    struct Pending { Kind kind; int remaining; QString prefix; int status; };
    bool takeScheduled(Kind kind, const QString &path, int *status = nullptr);
    bool roll(double rate);

    QList<Pending> m_pending;
    QRandomGenerator m_rng;
    double m_error = 0, m_malformed = 0, m_drop = 0, m_html = 0, m_cut = 0;
};

} // namespace emulator
