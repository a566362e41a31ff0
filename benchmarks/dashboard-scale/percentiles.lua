-- wrk reporter (benchmarks/dashboard-scale.sh): one line with requests, req/s, p50/p95/p99, max and errors.
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms errors=%d (timeouts %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, errors, summary.errors.timeout))
end
