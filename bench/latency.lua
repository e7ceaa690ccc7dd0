-- wrk script: GETs the URL given and prints the requests, non-2xx/3xx answers, duration (µs) and
-- p50/p95/p99 latency (ms) and failed requests (connection errors and timeouts) as one CSV line. With COOKIES (environment: one cookie per thread,
-- separated by spaces) each thread is a signed-in worker of its own; with PATHS (a file of paths,
-- one a line) each request takes the next path in turn, each thread starting at its own place.
-- Started by bench/pages.
local threads = {}
local paths, next_path = nil, 1

function setup(thread)
  local n = #threads + 1
  thread:set("id", n)
  local cookies = {}
  for c in string.gmatch(os.getenv("COOKIES") or "", "%S+") do table.insert(cookies, c) end
  if #cookies > 0 then thread:set("cookie", cookies[(n - 1) % #cookies + 1]) end
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("PATHS")
  if file and file ~= "" then
    paths = {}
    for line in io.lines(file) do table.insert(paths, line) end
    next_path = (id * 997) % #paths + 1
  end
  if cookie then wrk.headers["Cookie"] = cookie end
end

function request()
  if paths then
    local path = paths[next_path]
    next_path = next_path % #paths + 1
    return wrk.format("GET", path)
  end
  return wrk.format("GET")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("CSV,%d,%d,%d,%.2f,%.2f,%.2f,%d\n",
    summary.requests, e.status, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout))
end
