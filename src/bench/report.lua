-- wrk reporting script: one line per run with p50/p95/p99 latency (ms), requests per second,
-- errors (non-2xx/3xx answers and socket errors) and requests in all.
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.0f %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000), errors, summary.requests))
end
