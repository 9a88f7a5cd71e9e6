-- Tells for each task whether its worker holds it: waiting in the worker's queue or in flight.
-- KEYS[1] -> in-flight ZSET
-- KEYS[1 + i] -> worker i's queue LIST (i from 1)
-- ARGV[1..] -> the n = #KEYS - 1 workers' ids, in KEYS order; then taskId, worker index (1-based), repeated
-- Returns 1 or 0 per task, in order. Atomic so a task moving from queue to in flight is seen once.
--- @include "in-flight-member"
local workers = #KEYS - 1
local held = {}
for i = workers + 1, #ARGV, 2 do
  local taskId, w = ARGV[i], tonumber(ARGV[i + 1])
  local queued = redis.call('LPOS', KEYS[1 + w], taskId)
  local leased = redis.call('ZSCORE', KEYS[1], inFlightMember(ARGV[w], taskId))
  held[#held + 1] = (queued or leased) and 1 or 0
end
return held
