// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <thread>
#include <vector>

namespace cache {

//! `map` applied to every element, spread over the machine's cores for large inputs (decoding
//! thousands of cached records at start-up). `map` must be reentrant: it runs on several threads
//! at once, each on its own elements.
template <typename Out, typename In, typename Map>
QList<Out> parallelMap(const QList<In> &input, Map map)
{
    const qsizetype count = input.size();
    QList<Out> output(count);
    Out *out = output.data(); // detached once here, so the workers never touch the list itself
    const In *in = input.constData();
    const int workers = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    constexpr qsizetype minimumPerWorker = 256; // below that, starting threads costs more than it saves
    const qsizetype chunks = std::min<qsizetype>(workers, std::max<qsizetype>(1, count / minimumPerWorker));
    const qsizetype chunk = chunks > 0 ? (count + chunks - 1) / chunks : count;
    std::vector<std::thread> threads;
    for (qsizetype begin = chunk; begin < count; begin += chunk) {
        const qsizetype end = std::min(count, begin + chunk);
        threads.emplace_back([=, &map] {
            for (qsizetype i = begin; i < end; ++i)
                out[i] = map(in[i]);
        });
    }
    for (qsizetype i = 0; i < std::min(count, chunk); ++i) // the first chunk on this thread
        out[i] = map(in[i]);
    for (std::thread &thread : threads)
        thread.join();
    return output;
}

} // namespace cache
