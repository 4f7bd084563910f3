#pragma once

#include <QtGlobal>

namespace signalbox::bench {

// The workload's pseudo-random generator, exactly as workload.json "prng" defines it, so that
// every implementation draws the same operation stream.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 below(quint64 n) { return next() % n; }

    // (next() >> 11) * 2^-53: a double in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

} // namespace signalbox::bench
