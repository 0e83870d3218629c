-- wrk script for the benchmark's first warm-up: each request asks for the next of the paths
-- listed, one per line, in the file that ACCORD_BENCH_PATHS names.
local paths = {}
for line in io.lines(os.getenv("ACCORD_BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local next = 0

request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
