// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include "HttpFront.h"

namespace emulator {

FaultInjector::FaultInjector(quint32 seed) : m_rng(seed ^ 0x5eedf00d) {}

void FaultInjector::setRates(double errorRate, double malformedRate, double dropRate, double htmlRate, double cutRate)
{
    m_html = std::clamp(htmlRate, 0.0, 1.0);
    m_cut = std::clamp(cutRate, 0.0, 1.0);
    m_error = std::clamp(errorRate, 0.0, 1.0);
    m_malformed = std::clamp(malformedRate, 0.0, 1.0);
    m_drop = std::clamp(dropRate, 0.0, 1.0);
}

void FaultInjector::schedule(Kind kind, int count, const QString &pathPrefix, int status)
{
    if (count > 0)
        m_pending.append({kind, count, pathPrefix, status});
}

bool FaultInjector::takeScheduled(Kind kind, const QString &path, int *status)
{
    for (int i = 0; i < m_pending.size(); ++i) {
        Pending &p = m_pending[i];
        if (p.kind != kind || !path.startsWith(p.prefix, Qt::CaseInsensitive))
            continue;
        if (status)
            *status = p.status;
        if (--p.remaining <= 0)
            m_pending.removeAt(i);
        return true;
    }
    return false;
}

bool FaultInjector::roll(double rate)
{
    return rate > 0 && m_rng.generateDouble() < rate;
}

std::optional<int> FaultInjector::takeFailure(const QString &path)
{
    int status = 503;
    if (takeScheduled(Kind::Fail, path, &status))
        return status;
    if (roll(m_error))
        return 503;
    return std::nullopt;
}

std::optional<FaultInjector::Kind> FaultInjector::takeAfter(const QString &path)
{
    for (Kind kind : {Kind::Drop, Kind::Malform, Kind::Html, Kind::Cut}) {
        if (takeScheduled(kind, path))
            return kind;
    }
    if (roll(m_drop))
        return Kind::Drop;
    if (roll(m_malformed))
        return Kind::Malform;
    if (roll(m_html))
        return Kind::Html;
    if (roll(m_cut))
        return Kind::Cut;
    return std::nullopt;
}

void FaultInjector::applyAfter(const QString &path, Delivery &delivery)
{
    const auto fault = takeAfter(path);
    if (!fault)
        return;
    switch (*fault) {
    case Kind::Drop: delivery.drop = true; break;
    case Kind::Malform: malform(delivery.response); break;
    case Kind::Html: htmlify(delivery.response); break;
    case Kind::Cut: delivery.cut = true; break;
    case Kind::Fail: break;
    }
}

Response FaultInjector::failure(int status)
{
    if (status == 500)
        return Response::message(500, QStringLiteral("An error has occurred."));
    return Response::empty(status);
}

void FaultInjector::malform(Response &response)
{
    QByteArray body = response.serializedBody();
    if (body.size() < 8 || !(body.startsWith('{') || body.startsWith('[')))
        body = R"({"Records":[{"Id":1,"Name":"Trunc)";
    else
        body.truncate(body.size() / 2);
    response = Response();
    response.status = 200;
    response.body = body;
    response.contentType = "application/json; charset=utf-8";
}

void FaultInjector::htmlify(Response &response)
{
    response = Response::html("<!DOCTYPE html><html><head><title>Members portal</title></head>"
                              "<body><div id=\"root\">Loading…</div><script src=\"/static/app.js\"></script></body></html>");
}

} // namespace emulator
