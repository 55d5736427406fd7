// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <thread>
#include <vector>

namespace cache {

//! `work(i)` for every i in [0, count), spread over the machine's cores for large counts (decoding
//! thousands of cached records at start-up). `work` must be reentrant: it runs on several threads
//! at once, each on its own indexes.
template <typename Work>
void parallelFor(qsizetype count, Work work)
{
    const int workers = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    constexpr qsizetype minimumPerWorker = 256; // below that, starting threads costs more than it saves
    const qsizetype chunks = std::min<qsizetype>(workers, std::max<qsizetype>(1, count / minimumPerWorker));
    const qsizetype chunk = chunks > 0 ? (count + chunks - 1) / chunks : count;
    std::vector<std::thread> threads;
    for (qsizetype begin = chunk; begin < count; begin += chunk) {
        const qsizetype end = std::min(count, begin + chunk);
        threads.emplace_back([=, &work] {
            for (qsizetype i = begin; i < end; ++i)
                work(i);
        });
    }
    for (qsizetype i = 0; i < std::min(count, chunk); ++i) // the first chunk on this thread
        work(i);
    for (std::thread &thread : threads)
        thread.join();
}

//! `map` applied to every element, in parallel (see parallelFor).
template <typename Out, typename In, typename Map>
QList<Out> parallelMap(const QList<In> &input, Map map)
{
    QList<Out> output(input.size());
    Out *out = output.data(); // detached once here, so the workers never touch the list itself
    const In *in = input.constData();
    parallelFor(input.size(), [out, in, &map](qsizetype i) { out[i] = map(in[i]); });
    return output;
}

} // namespace cache
