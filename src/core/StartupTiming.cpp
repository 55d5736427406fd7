// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSet>

#include <ctime>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTiming, "portaldesk.timing", QtWarningMsg)

namespace timing {
namespace {

//! Milliseconds since boot at which the process started (Linux: /proc/self/stat field 22), or -1.
qint64 processStartSinceBootMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after its end.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= kStartTimeAfterName)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(kStartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ok && ticksPerSecond > 0 ? ticks * 1000 / ticksPerSecond : -1;
}

qint64 nowSinceBootMs()
{
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

constexpr qint64 kMostBeforeMainMs = 10000;

struct Origin {
    QElapsedTimer sinceFirstUse; //!< where /proc is not there: from the first call
    qint64 offsetMs = 0;         //!< how long the process had run at that first call
    Origin()
    {
        sinceFirstUse.start();
        const qint64 start = processStartSinceBootMs();
        const qint64 now = nowSinceBootMs();
        // Static objects are made within moments of the start: anything else is a clock that lies
        // (a faked time of day shifts one clock and not the other), and the trace then counts
        // from here.
        if (start >= 0 && now >= start && now - start < kMostBeforeMainMs)
            offsetMs = now - start;
    }
};

Origin &origin()
{
    static Origin instance;
    return instance;
}

// Started with the program's static objects, before main(), so the offset is read early.
const bool kOriginRead = (origin(), true);

} // namespace

qint64 sinceProcessStart()
{
    return origin().offsetMs + origin().sinceFirstUse.elapsed();
}

void mark(const char *event, const QString &details)
{
    if (!lcTiming().isInfoEnabled())
        return;
    QString line = QStringLiteral("timing: %1 %2").arg(QLatin1String(event)).arg(sinceProcessStart());
    if (!details.isEmpty())
        line += QLatin1Char(' ') + details;
    qCInfo(lcTiming).noquote() << line;
}

void markOnce(const char *event, const QString &details)
{
    static QMutex mutex;
    static QSet<QByteArray> marked;
    {
        QMutexLocker lock(&mutex);
        if (marked.contains(event))
            return;
        marked.insert(event);
    }
    mark(event, details);
}

} // namespace timing
