-- POST a new natural-person registration each request: unique user name and a valid, unique
-- GB 11643 ID number (430802, a birth date from 1950 on, a sequence, the check digit). OFFSET in the
-- environment keeps a second run clear of the first's numbers.
local made = 0
function setup(thread)
  thread:set("tid", made)
  made = made + 1
end

local offset = tonumber(os.getenv("OFFSET") or "0")
local threads = tonumber(os.getenv("THREADS") or "2")
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"}
local counter = 0

local function idnumber(n)
  local t = os.time({year = 1950, month = 1, day = 1, hour = 12}) + math.floor(n / 900) * 86400
  local s17 = "430802" .. os.date("!%Y%m%d", t) .. string.format("%03d", n % 900 + 100)
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(s17:sub(i, i)) * weights[i] end
  return s17 .. checks[(sum % 11) + 1]
end

function request()
  counter = counter + 1
  local n = offset + counter * threads + (tid or 0)
  local body = string.format('{"kind":"NaturalPerson","userName":"bench%d","password":"yiwang-2026","name":"压测用户","idNumber":"%s","phone":"139%08d"}', n, idnumber(n), n % 100000000)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Requested-With"] = "XMLHttpRequest"}, body)
end
