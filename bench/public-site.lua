-- wrk script for bench/public-site.sh: GETs the given paths in turn (as a visitor: no cookies are sent back) and
-- reports latency percentiles, non-200 answers and Set-Cookie headers (each one would be a new session).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = args
  n = 0
  cookies = 0
  errors = 0
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], { ["Accept"] = "text/html" })
end

function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
  if headers["Set-Cookie"] ~= nil or headers["set-cookie"] ~= nil then
    cookies = cookies + 1
  end
end

function done(summary, latency, requests)
  local cookies_total, errors_total = 0, 0
  for _, thread in ipairs(threads) do
    cookies_total = cookies_total + thread:get("cookies")
    errors_total = errors_total + thread:get("errors")
  end
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_us=%d p95_us=%d p99_us=%d max_us=%d non200=%d " ..
      "set_cookie=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, errors_total, cookies_total,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
