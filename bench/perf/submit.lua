-- wrk script of P4: POST a lead to the lead API, each request with its own Idempotency-Key and phone number;
-- the caller ends wrk with SIGINT once enough leads are stored. Counts the answers by status and prints them
-- (and the latency percentiles) as JSON at the end.
-- BENCH_ANSWERS: a file with the answers (JSON); BENCH_FIXED_BODY: a body to POST as is instead of a new lead;
-- BENCH_GET: GET the path instead;
-- BENCH_ROUND: a digit in the phone numbers, one per round; BENCH_REFS: file for the references answered 201.
counter, statuses, refs, thread_id = 0, {}, {}, 0
local round = tonumber(os.getenv("BENCH_ROUND") or "1") % 10
local threads = {}
local answers = io.open(os.getenv("BENCH_ANSWERS")):read("*a")
local fixed = os.getenv("BENCH_FIXED_BODY")

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  math.randomseed(os.time() + id)
end

function request()
  counter = counter + 1
  if os.getenv("BENCH_GET") then
    return wrk.format("GET", wrk.path)
  elseif fixed then
    -- a client address of its own (198.18.0.0/15, the benchmark range) per request, through the trusted loopback
    -- proxy: the per-client evaluation limit is not what this measures
    local client = string.format("198.18.%d.%d", math.random(0, 255), math.random(1, 254))
    return wrk.format("POST", wrk.path, { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = client }, fixed)
  end
  local n = string.format("%d%d%07d", round, thread_id % 10, counter)
  local body = '{"answers":' .. answers .. ',"contact":{"full_name":"Bench Patient","phone":"13' .. n ..
      '","preferred_language":"zh"},"consent":{"prescreen":true,"future":false}}'
  local headers = { ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = "bench-" .. os.time() .. "-" .. math.random(1, 1e9) .. "-" .. n }
  return wrk.format("POST", wrk.path, headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local location = headers["Location"] or headers["location"]
  if status == 201 and location then table.insert(refs, location:match("[^/]+$")) end
end

function done(summary, latency, requests)
  local total, sent = {}, 0
  local out = os.getenv("BENCH_REFS") and io.open(os.getenv("BENCH_REFS"), "w")
  for _, t in ipairs(threads) do
    sent = sent + t:get("counter")
    if out then for _, r in ipairs(t:get("refs")) do out:write(r, "\n") end end
    local s = t:get("statuses")
    for k, v in pairs(s) do total[tostring(k)] = (total[tostring(k)] or 0) + v end
  end
  if out then out:close() end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, string.format('"%s":%d', k, v)) end
  io.write(string.format('{"sent":%d,"requests":%d,"seconds":%.3f,"rate":%.1f,"p50":%.1f,"p95":%.1f,"p99":%.1f,' ..
      '"errors":%d,"statuses":{%s}}\n', sent, summary.requests, summary.duration / 1e6,
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write +
      summary.errors.status + summary.errors.timeout, table.concat(parts, ",")))
end
