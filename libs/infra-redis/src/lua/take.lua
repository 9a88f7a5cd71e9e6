-- Takes up to max tasks from a worker's queue into the in-flight set with a lease.
-- KEYS[1] -> the worker's queue LIST
-- KEYS[2] -> in-flight ZSET (member: see in-flight-member; score: lease deadline ms)
-- KEYS[3] -> the worker's wake-up LIST
-- ARGV[1] -> workerId
-- ARGV[2] -> most to take
-- ARGV[3] -> lease deadline, ms
-- Returns the ids taken. Atomic so a task is always either queued or leased, never lost between.
--- @include "in-flight-member"
local taken = {}
for i = 1, tonumber(ARGV[2]) do
  local taskId = redis.call('LPOP', KEYS[1])
  if not taskId then break end
  redis.call('ZADD', KEYS[2], ARGV[3], inFlightMember(ARGV[1], taskId))
  taken[#taken + 1] = taskId
end
if #taken > 0 then
  -- The wake-ups for what we just took are spent.
  redis.call('DEL', KEYS[3])
end
return taken
