-- Pass the review step of each case listed in $NUMBERS (one number per line), each exactly once;
-- threads take disjoint slices. Prints the completions that answered 200.
local numbers = {}
for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
local threads = {}
local count = 0
function setup(thread)
  count = count + 1
  thread:set("id", count)
  table.insert(threads, thread)
end
function init(args)
  local n = tonumber(os.getenv("THREADS"))
  local per = math.floor(#numbers / n)
  first = (id - 1) * per + 1
  last = first + per - 1
  i = first
  ok = 0
end
function request()
  if i > last then i = first end
  local path = "/api/v1/cases/" .. numbers[i] .. "/pass"
  i = i + 1
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["X-Requested-With"] = "XMLHttpRequest", ["Cookie"] = os.getenv("COOKIE") }, "{}")
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("ok") end
  io.write(string.format("PASSED %d %.3f\n", total, summary.duration / 1e6))
end
