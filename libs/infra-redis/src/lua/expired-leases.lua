-- Lists in-flight entries whose lease ran out strictly before now, earliest first, without removing them.
-- KEYS[1] -> in-flight ZSET
-- ARGV[1] -> now, ms
-- ARGV[2] -> most to list
-- Returns workerId, taskId, lease deadline ms; repeated. Atomic: one consistent read.
--- @include "in-flight-member"
local entries = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
local leases = {}
for i = 1, #entries, 2 do
  local workerId, taskId = splitInFlightMember(entries[i])
  leases[#leases + 1] = workerId
  leases[#leases + 1] = taskId
  leases[#leases + 1] = entries[i + 1]
end
return leases
