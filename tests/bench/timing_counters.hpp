#pragma once
// How every Foyer benchmark reports times: the median and the 95th percentile in milliseconds, as
// counters (the figures the issue notes quote).
#include <algorithm>
#include <vector>

#include <benchmark/benchmark.h>

namespace foyer::bench {

inline double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

inline void reportTimes(benchmark::State& state, const std::vector<double>& ms) {
  state.counters["median_ms"] = percentile(ms, 0.5);
  state.counters["p95_ms"] = percentile(ms, 0.95);
}

}  // namespace foyer::bench
