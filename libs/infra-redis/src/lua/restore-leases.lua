-- Puts back in-flight entries lost with Redis's data; an entry that exists keeps its deadline.
-- KEYS[1] -> in-flight ZSET
-- ARGV[1..] -> workerId, taskId, lease deadline ms; repeated
-- Returns how many were added. Atomic so a lease the worker renewed meanwhile is never shortened.
--- @include "in-flight-member"
local added = 0
for i = 1, #ARGV, 3 do
  added = added + redis.call('ZADD', KEYS[1], 'NX', ARGV[i + 2], inFlightMember(ARGV[i], ARGV[i + 1]))
end
return added
