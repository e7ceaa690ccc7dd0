-- wrk script: sends QUOTA partner referrals (environment, default 2000) to the API, each about a
-- different child (names from common UK first names and surnames, a date of birth between 2008 and
-- 2025, a valid NHS number, an Oxfordshire address, one to three kinds of harm, a parent in the
-- household), and then stops. Run with one connection a thread so that no thread sends more than
-- its share; THREADS says how many threads wrk runs. Started by bench/pages.
local threads = {}
local quota = tonumber(os.getenv("QUOTA") or "2000")
local share, sent, answered, failed = 0, 0, 0, 0
local prefix = ""

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local firsts = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
  "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
  "Freya", "Grace", "Ella", "Evie", "Jack", "Theo", "Charlie", "Jacob", "Alfie", "Finley"}
local lasts = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
  "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
  "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill"}
local towns = {{"Banbury", "OX16 5AA"}, {"Oxford", "OX4 1AB"}, {"Bicester", "OX26 6HT"}, {"Witney", "OX28 6AB"},
  {"Abingdon", "OX14 3HE"}, {"Didcot", "OX11 7AA"}, {"Thame", "OX9 3DP"}, {"Henley-on-Thames", "RG9 1AB"}}
local harms = {"PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT", "EXPLOITATION", "NOT_SURE"}
local summaries = {
  "%s said at school that her step-father hit her with a belt; marks seen on the arm.",
  "%s has come to school hungry and in the same clothes all week; attendance has fallen to 60%%.",
  "%s told a teaching assistant that an older man gives him money and lifts at night.",
  "Police attended a domestic incident at the home last night; %s was present and frightened.",
  "%s's mother was found intoxicated at pick-up and tried to drive with the children in the car."}

-- A valid NHS number: nine digits and the modulus 11 check digit (never 10).
local function nhsNumber()
  while true do
    local digits, sum = {}, 0
    for i = 1, 9 do
      digits[i] = math.random(0, 9)
      sum = sum + digits[i] * (11 - i)
    end
    local check = 11 - (sum % 11)
    if check == 11 then check = 0 end
    if check ~= 10 then
      return table.concat(digits) .. check
    end
  end
end

function init(args)
  local count = tonumber(os.getenv("THREADS") or "2")
  share = math.floor(quota / count) + ((id <= quota % count) and 1 or 0)
  math.randomseed(id * 7919 + os.time())
  prefix = "pages-" .. os.time() .. "-" .. id .. "-"
end

function request()
  sent = sent + 1
  local first, last = firsts[math.random(#firsts)], lasts[math.random(#lasts)]
  local town = towns[math.random(#towns)]
  local born = string.format("%04d-%02d-%02d", math.random(2008, 2025), math.random(1, 12), math.random(1, 28))
  local kinds, picked = {}, {}
  for _ = 1, math.random(1, 3) do
    local h = harms[math.random(#harms)]
    if not picked[h] then picked[h] = true; table.insert(kinds, '"' .. h .. '"') end
  end
  local body = string.format([[{"referralType": "SAFEGUARDING",
 "referrer": {"name": "Sam Patel", "organisation": "Cherwell Primary School", "role": "Designated safeguarding lead", "email": "dsl@example.org", "phone": "01865 000000"},
 "children": [{"firstName": "%s", "lastName": "%s", "dateOfBirth": "%s", "nhsNumber": "%s", "address": {"line1": "%d High Street", "town": "%s", "postcode": "%s"}}],
 "household": [{"name": "%s %s", "relationship": "Mother"}],
 "concern": {"summary": "%s", "categories": [%s], "immediateDanger": %s},
 "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Telling the family could put the child at greater risk."}}]],
    first, last, born, nhsNumber(), math.random(1, 200), town[1], town[2],
    firsts[math.random(#firsts)], last, string.format(summaries[math.random(#summaries)], first),
    table.concat(kinds, ", "), math.random(50) == 1 and "true" or "false")
  return wrk.format("POST", "/api/v1/oxfordshire/referrals", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer demo-oxfordshire",
    ["Idempotency-Key"] = prefix .. sent,
  }, body)
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 201 then
    failed = failed + 1
    if failed <= 3 then io.write("status " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
  if answered >= share then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  io.write(string.format("CSV,%d,%d\n", summary.requests, summary.errors.status))
end
