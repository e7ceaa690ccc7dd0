-- wrk script: POSTs a partner's referral to the API, each with its own Idempotency-Key, so every
-- request stores a new referral (with its event publication and acknowledgement email).
local threads = {}
local counter = 0
local prefix = ""

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = "bench-" .. os.time() .. "-" .. id .. "-"
end

local body = [[{"referralType": "SAFEGUARDING",
 "referrer": {"name": "Sam Patel", "organisation": "Cherwell Primary School", "role": "Designated safeguarding lead", "email": "dsl@example.org", "phone": "01865 000000"},
 "children": [{"firstName": "Ava", "lastName": "Jones", "dateOfBirth": "2016-03-02", "nhsNumber": "9434765919", "address": {"line1": "1 High Street", "town": "Banbury", "postcode": "OX16 5AA"}}],
 "concern": {"summary": "Ava said her step-father hit her with a belt.", "categories": ["PHYSICAL"], "immediateDanger": false},
 "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Telling the family could put Ava at greater risk."}}]]

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer demo-oxfordshire",
    ["Idempotency-Key"] = prefix .. counter,
  }
  return wrk.format("POST", "/api/v1/oxfordshire/referrals", headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("CSV,%d,%d,%d,%.3f,%.3f,%.3f\n",
    summary.requests, summary.errors.status, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000))
end
